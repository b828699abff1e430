--TEST--
strlen, str_repeat and str_pad (STR_PAD_* constants, empty pad, errors)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(strlen(""), strlen("abc"), strlen("a\0b"), strlen(12345), strlen(1.5), strlen(true), strlen(false));
var_dump(strlen(null));
try { strlen([]); } catch (TypeError $ex) { e($ex); }
try { strlen(); } catch (ArgumentCountError $ex) { e($ex); }
try { strlen("a", "b"); } catch (ArgumentCountError $ex) { e($ex); }

var_dump(str_repeat("ab", 3), str_repeat("x", 0), str_repeat("", 5), str_repeat(7, 2), str_repeat("-", "3"));
try { str_repeat("x", -1); } catch (ValueError $ex) { e($ex); }
try { str_repeat("x", "many"); } catch (TypeError $ex) { e($ex); }
try { str_repeat("x"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(str_repeat("ab", 2.0));

var_dump(STR_PAD_LEFT, STR_PAD_RIGHT, STR_PAD_BOTH);
var_dump(str_pad("5", 3, "0", STR_PAD_LEFT), str_pad("ab", 7, "xy"), str_pad("ab", 7, "xy", STR_PAD_BOTH), str_pad("ab", 6, "xyz", STR_PAD_BOTH));
var_dump(str_pad("abc", 2), str_pad("abc", -5), str_pad("abc", 3), str_pad("", 3), str_pad("a", 4, "-", STR_PAD_LEFT));
var_dump(str_pad("abc", 2, ""), str_pad("abc", 2, "x", 9));
try { str_pad("abc", 5, ""); } catch (ValueError $ex) { e($ex); }
try { str_pad("abc", 5, " ", 3); } catch (ValueError $ex) { e($ex); }
try { str_pad("abc", 5, " ", -1); } catch (ValueError $ex) { e($ex); }
try { str_pad("abc"); } catch (ArgumentCountError $ex) { e($ex); }
try { str_pad("abc", 1, 2, 3, 4); } catch (ArgumentCountError $ex) { e($ex); }
--EXPECTF--
int(0)
int(3)
int(3)
int(5)
int(3)
int(1)
int(0)

Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 4
int(0)
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
ArgumentCountError: strlen() expects exactly 1 argument, 2 given
string(6) "ababab"
string(0) ""
string(0) ""
string(2) "77"
string(3) "---"
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
TypeError: str_repeat(): Argument #2 ($times) must be of type int, string given
ArgumentCountError: str_repeat() expects exactly 2 arguments, 1 given
string(4) "abab"
int(0)
int(1)
int(2)
string(3) "005"
string(7) "abxyxyx"
string(7) "xyabxyx"
string(6) "xyabxy"
string(3) "abc"
string(3) "abc"
string(3) "abc"
string(3) "   "
string(4) "---a"
string(3) "abc"
string(3) "abc"
ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string
ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH
ArgumentCountError: str_pad() expects at least 2 arguments, 1 given
ArgumentCountError: str_pad() expects at most 4 arguments, 5 given
