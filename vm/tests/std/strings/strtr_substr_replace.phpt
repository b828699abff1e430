--TEST--
strtr (byte map and replacement pairs, longest first) and substr_replace (strings and arrays)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(strtr("Hi all", "ai", "eo"), strtr("abc", "ab", "x"), strtr("abc", "", "x"), strtr("", "a", "b"), strtr("abc", "abc", "ABCDEF"));
var_dump(strtr("Hi all, I said hello", ["Hi" => "Hello", "hello" => "hi", "Hello" => "x"]));
var_dump(strtr("abcabc", ["a" => "1", "ab" => "2", "abc" => "3"]), strtr("aaa", ["a" => "aa"]), strtr("abc", []), strtr("1 2 3", [1 => "one", 3 => true, 2 => 2.5]));
var_dump(strtr("abc", ["b" => null]), strtr("a-b", ["-" => ""]));
var_dump(strtr("abc", ["" => "x"]));
var_dump(strtr("abc", ["" => "x", "a" => "y"]));
var_dump(strtr("abc", ["z" => [], "b" => "B"]));
var_dump(strtr("abc", ["b" => []]));
try { strtr("abc", "ab"); } catch (TypeError $ex) { e($ex); }
try { strtr("abc", ["a" => "b"], "x"); } catch (TypeError $ex) { e($ex); }
try { strtr("abc"); } catch (ArgumentCountError $ex) { e($ex); }
try { var_dump(strtr("abc", "a", null)); } catch (TypeError $ex) { e($ex); }

var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "p!", -1), substr_replace("Hello", "XX", 2, 0), substr_replace("Hello", "", 1, -1), substr_replace("Hello", "Z", 10), substr_replace("Hello", "Z", -10, 2), substr_replace("Hello", "Z", 1, -10), substr_replace("Hello", "Z", 2, null));
var_dump(substr_replace("abc", ["X", "Y"], 1, 1), substr_replace("abc", [], 1, 1), substr_replace("", "x", 0), substr_replace(123, 4, 1, 1));
var_dump(substr_replace(["aaa", "bbb", "ccc"], "X", 1, 1));
var_dump(substr_replace(["aaa", "bbb", "ccc"], ["X", "Y"], [0, 1, 2], [1, 0]));
var_dump(substr_replace(["k" => "hello", 3 => "world"], "!", -1, 0));
var_dump(substr_replace(["abc", "def"], ["1", "2", "3"], [-1], [-1, 5]));
try { substr_replace("abc", "x", [1]); } catch (TypeError $ex) { e($ex); }
try { substr_replace("abc", "x", 1, [1]); } catch (TypeError $ex) { e($ex); }
try { substr_replace("abc", "x", "a"); } catch (TypeError $ex) { e($ex); }
try { substr_replace("abc", "x"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(strtr("", ["" => "x"]), strtr("", []), strtr("", "a", "b"));
try { strtr("abc", 5); } catch (TypeError $ex) { e($ex); }
try { strtr("abc", null); } catch (TypeError $ex) { e($ex); }
--EXPECTF--
string(6) "Ho ell"
string(3) "xbc"
string(3) "abc"
string(0) ""
string(3) "ABC"
string(20) "Hello all, I said hi"
string(2) "33"
string(6) "aaaaaa"
string(3) "abc"
string(9) "one 2.5 1"
string(2) "ac"
string(2) "ab"

Warning: strtr(): Ignoring replacement of empty string in %s on line 7
string(3) "abc"

Warning: strtr(): Ignoring replacement of empty string in %s on line 8
string(3) "ybc"
string(3) "aBc"

Warning: Array to string conversion in %s on line 10
string(7) "aArrayc"
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
TypeError: strtr(): Argument #2 ($from) must be of type string, array given
ArgumentCountError: strtr() expects at least 2 arguments, 1 given
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
string(5) "Jello"
string(6) "Hellp!"
string(7) "HeXXllo"
string(2) "Ho"
string(6) "HelloZ"
string(4) "Zllo"
string(6) "HZello"
string(3) "HeZ"
string(3) "aXc"
string(2) "ac"
string(1) "x"
string(3) "143"
array(3) {
  [0]=>
  string(3) "aXa"
  [1]=>
  string(3) "bXb"
  [2]=>
  string(3) "cXc"
}
array(3) {
  [0]=>
  string(3) "Xaa"
  [1]=>
  string(4) "bYbb"
  [2]=>
  string(2) "cc"
}
array(2) {
  ["k"]=>
  string(6) "hell!o"
  [3]=>
  string(6) "worl!d"
}
array(2) {
  [0]=>
  string(4) "ab1c"
  [1]=>
  string(1) "2"
}
TypeError: substr_replace(): Argument #3 ($offset) cannot be an array when working on a single string
TypeError: substr_replace(): Argument #4 ($length) cannot be an array when working on a single string
TypeError: substr_replace(): Argument #3 ($offset) must be of type array|int, string given
ArgumentCountError: substr_replace() expects at least 3 arguments, 2 given
string(0) ""
string(0) ""
string(0) ""
TypeError: strtr(): Argument #2 ($from) must be of type array, string given

Deprecated: strtr(): Passing null to parameter #2 ($from) of type array|string is deprecated in %s on line 28
TypeError: strtr(): Argument #2 ($from) must be of type array, string given
