--TEST--
strcmp, strcasecmp, strncmp, strncasecmp, strnatcmp, strnatcasecmp and substr_compare
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
// memcmp gives the byte difference or only its sign, depending on where the
// strings lie in memory: longer case-sensitive comparisons show the sign.
function sg($n) { return $n <=> 0; }
var_dump(strcmp("a", "a"), strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "c"), sg(strcmp("abc", "ab")), sg(strcmp("ab", "abcd")), strcmp("", ""), strcmp("", "a"), strcmp("\xff", "a"), strcmp("A", "a"), strcmp(10, 9), strcmp("10", "9"), sg(strcmp("hello", "help")), strcmp("a", "c"), strcmp("c", "a"));
var_dump(strcasecmp("HELLO", "hello"), strcasecmp("Hello", "hellx"), strcasecmp("a", "ABC"), strcasecmp("abcd", "A"), strcasecmp("[", "a"), strcasecmp("", ""));
var_dump(strncmp("abcd", "abef", 2), sg(strncmp("abcd", "abef", 3)), strncmp("ab", "abc", 2), strncmp("ab", "abc", 5), strncmp("abc", "ab", 100), strncmp("x", "y", 0), strncmp("x", "z", 1));
var_dump(strncasecmp("HELLO world", "hello WORLD", 11), strncasecmp("abC", "ABD", 3), strncasecmp("a", "AB", 2), strncasecmp("a", "b", 0));
try { strncmp("a", "b", -1); } catch (ValueError $ex) { e($ex); }
try { strncasecmp("a", "b", -1); } catch (ValueError $ex) { e($ex); }
try { strcmp("a"); } catch (ArgumentCountError $ex) { e($ex); }
try { strcmp("a", []); } catch (TypeError $ex) { e($ex); }
try { strncmp("a", "b"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(strnatcmp("img12.png", "img10.png"), strnatcmp("img2", "img10"), sg(strcmp("img2", "img10")), strnatcmp("a", "a"), strnatcmp("", "a"), strnatcmp("a", ""), strnatcmp("x01", "x1"), strnatcmp("1.5", "1.10"), strnatcmp(" 5", "5"), strnatcmp("A", "a"));
var_dump(strnatcasecmp("IMG12", "img10"), strnatcasecmp("A1", "a1"), strnatcasecmp("b", "A"), strnatcasecmp("Abc2", "aBC10"));
var_dump(substr_compare("Hello", "ello", 1), sg(substr_compare("Hello", "ELLO", 1)), substr_compare("Hello", "ELLO", 1, null, true), substr_compare("Hello", "lo", -2), substr_compare("Hello", "Hi", 0, 1), sg(substr_compare("Hello", "Hx", 0, 2)), sg(substr_compare("abcde", "bc", 1, 3)), substr_compare("abcde", "cd", -10, 1), sg(substr_compare("abc", "abcdef", 0)), substr_compare("abc", "", 3), substr_compare("abc", "b", 1, 0));
try { substr_compare("abc", "b", 4); } catch (ValueError $ex) { e($ex); }
try { substr_compare("abc", "b", 1, -1); } catch (ValueError $ex) { e($ex); }
var_dump(substr_compare("abc", "b", 5, 0), substr_compare("abc", "b", -10, 0));
--EXPECT--
int(0)
int(-1)
int(1)
int(-2)
int(1)
int(-1)
int(0)
int(-1)
int(158)
int(-32)
int(-8)
int(-8)
int(-1)
int(-2)
int(2)
int(0)
int(-9)
int(-1)
int(1)
int(-6)
int(0)
int(0)
int(-1)
int(0)
int(-1)
int(1)
int(0)
int(-2)
int(0)
int(-1)
int(-1)
int(0)
ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0
ValueError: strncasecmp(): Argument #3 ($length) must be greater than or equal to 0
ArgumentCountError: strcmp() expects exactly 2 arguments, 1 given
TypeError: strcmp(): Argument #2 ($string2) must be of type string, array given
ArgumentCountError: strncmp() expects exactly 3 arguments, 2 given
int(1)
int(-1)
int(1)
int(0)
int(-1)
int(1)
int(-1)
int(-1)
int(0)
int(-1)
int(1)
int(0)
int(1)
int(-1)
int(0)
int(1)
int(0)
int(0)
int(0)
int(-1)
int(1)
int(-2)
int(-1)
int(0)
int(0)
ValueError: substr_compare(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_compare(): Argument #4 ($length) must be greater than or equal to 0
int(0)
int(0)
