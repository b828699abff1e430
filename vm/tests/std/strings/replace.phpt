--TEST--
str_replace and str_ireplace: strings, arrays of search/replace/subject, the count argument
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(str_replace("l", "L", "hello world"), str_replace("lo", "", "hello"), str_replace("", "x", "abc"), str_replace("a", "b", ""), str_replace("abc", "x", "ab"));
var_dump(str_replace(["a", "b", "c"], ["b", "c", "d"], "abc"));
var_dump(str_replace(["a", "b", "c"], "-", "abcabc"), str_replace(["a", "b"], ["1"], "aabbc"), str_replace(["", "b"], ["x", "y"], "abc"), str_replace([], "x", "abc"));
var_dump(str_replace("o", "0", ["k" => "foo", 5 => "bar", 7 => 700, "n" => null, "arr" => [1], "t" => true]));
var_dump(str_replace([1, 2], [3, 4], 1212));
$count = 99;
var_dump(str_replace("a", "aa", "banana", $count), $count);
str_replace(["a", "n"], ["n", "a"], ["banana", "nan"], $count);
var_dump($count);
str_replace("x", "y", "abc", $count);
var_dump($count);
var_dump(str_ireplace("L", "_", "HeLlo"), str_ireplace(["HELLO", "world"], ["bye", "moon"], "Hello World"), str_ireplace("", "x", "a"));
$c = 0;
var_dump(str_ireplace("A", "b", "aAaA", $c), $c);
var_dump(str_replace("aa", "a", "aaaa"), str_replace("a", "aa", "aaa"));
var_dump(str_replace(["a", "b"], ["", ""], "ab"), str_replace(["ab", "x"], ["", "y"], "abab"));
try { str_replace("a", ["b"], "abc"); } catch (TypeError $ex) { e($ex); }
try { str_ireplace("a", ["b"], "abc"); } catch (TypeError $ex) { e($ex); }
try { str_replace(new stdClass, "b", "abc"); } catch (TypeError $ex) { e($ex); }
try { str_replace("a", "b"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(str_replace(null, "b", "abc"));
var_dump(str_replace([["x"]], "b", "aArrayb"));
--EXPECTF--
string(11) "heLLo worLd"
string(3) "hel"
string(3) "abc"
string(0) ""
string(2) "ab"
string(3) "ddd"
string(6) "------"
string(3) "11c"
string(3) "ayc"
string(3) "abc"

Warning: Array to string conversion in %s on line 6
array(6) {
  ["k"]=>
  string(3) "f00"
  [5]=>
  string(3) "bar"
  [7]=>
  string(3) "700"
  ["n"]=>
  string(0) ""
  ["arr"]=>
  string(5) "Array"
  ["t"]=>
  string(1) "1"
}
string(4) "3434"
string(9) "baanaanaa"
int(3)
int(12)
int(0)
string(5) "He__o"
string(8) "bye moon"
string(1) "a"
string(4) "bbbb"
int(4)
string(2) "aa"
string(6) "aaaaaa"
string(0) ""
string(0) ""
TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
TypeError: str_ireplace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string
TypeError: str_replace(): Argument #1 ($search) must be of type array|string, stdClass given
ArgumentCountError: str_replace() expects at least 3 arguments, 2 given

Deprecated: str_replace(): Passing null to parameter #1 ($search) of type array|string is deprecated in %s on line 23
string(3) "abc"

Warning: Array to string conversion in %s on line 24
string(3) "abb"
