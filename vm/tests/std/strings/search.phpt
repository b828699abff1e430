--TEST--
strpos, stripos, strrpos and strripos: offsets, empty needles, errors
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$h = "Hello hello HELLO";
var_dump(strpos($h, "hello"), strpos($h, "l"), strpos($h, "l", 4), strpos($h, "l", -5), strpos($h, "xyz"), strpos($h, ""), strpos($h, "", 5), strpos($h, "", 17), strpos("", ""));
var_dump(stripos($h, "HELLO"), stripos($h, "hello", 1), stripos($h, "LO", -4), stripos($h, "x"), stripos("", ""), stripos("abc", "ABCD"));
var_dump(strrpos($h, "l"), strrpos($h, "hello"), strrpos($h, "l", 5), strrpos($h, "l", -8), strrpos($h, "He", -17), strrpos($h, "HELLO", -1), strrpos($h, "HELLO", -5), strrpos($h, "HELLO", -6));
var_dump(strrpos("abc", ""), strrpos("abc", "", -1), strrpos("abc", "", 3), strrpos("", ""), strrpos("abcabc", "c", -1), strrpos("abcabc", "c", -2));
var_dump(strripos($h, "L"), strripos($h, "hello"), strripos($h, "hello", -3), strripos($h, "h", 13), strripos("ABCabc", "C", -2), strripos("abc", "", 1));
var_dump(strpos("a1b2", 2), strpos("abc", "c", "1"));
try { strpos("abc", "a", 4); } catch (ValueError $ex) { e($ex); }
try { strpos("abc", "a", -4); } catch (ValueError $ex) { e($ex); }
try { strpos("abc", []); } catch (TypeError $ex) { e($ex); }
try { strpos("abc"); } catch (ArgumentCountError $ex) { e($ex); }
try { stripos("abc", "a", 4); } catch (ValueError $ex) { e($ex); }
try { stripos("abc", "a", -4); } catch (ValueError $ex) { e($ex); }
try { stripos("abc", []); } catch (TypeError $ex) { e($ex); }
try { stripos("abc"); } catch (ArgumentCountError $ex) { e($ex); }
try { strrpos("abc", "a", 4); } catch (ValueError $ex) { e($ex); }
try { strrpos("abc", "a", -4); } catch (ValueError $ex) { e($ex); }
try { strrpos("abc", []); } catch (TypeError $ex) { e($ex); }
try { strrpos("abc"); } catch (ArgumentCountError $ex) { e($ex); }
try { strripos("abc", "a", 4); } catch (ValueError $ex) { e($ex); }
try { strripos("abc", "a", -4); } catch (ValueError $ex) { e($ex); }
try { strripos("abc", []); } catch (TypeError $ex) { e($ex); }
try { strripos("abc"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(strpos("abc", "a", 3), strrpos("abc", "c", 3), strrpos("abc", "a", -3));
--EXPECT--
int(6)
int(2)
int(8)
bool(false)
bool(false)
int(0)
int(5)
int(17)
int(0)
int(0)
int(6)
int(15)
bool(false)
int(0)
bool(false)
int(9)
int(6)
int(9)
int(9)
int(0)
int(12)
int(12)
bool(false)
int(3)
int(2)
int(3)
int(0)
int(5)
int(2)
int(15)
int(12)
int(12)
bool(false)
int(2)
int(3)
int(3)
int(2)
ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
TypeError: strpos(): Argument #2 ($needle) must be of type string, array given
ArgumentCountError: strpos() expects at least 2 arguments, 1 given
ValueError: stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: stripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
TypeError: stripos(): Argument #2 ($needle) must be of type string, array given
ArgumentCountError: stripos() expects at least 2 arguments, 1 given
ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
TypeError: strrpos(): Argument #2 ($needle) must be of type string, array given
ArgumentCountError: strrpos() expects at least 2 arguments, 1 given
ValueError: strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: strripos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
TypeError: strripos(): Argument #2 ($needle) must be of type string, array given
ArgumentCountError: strripos() expects at least 2 arguments, 1 given
bool(false)
bool(false)
int(0)
