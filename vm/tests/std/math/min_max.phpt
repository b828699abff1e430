--TEST--
min and max over arrays and arguments, with php 8 comparison rules and errors
--FILE--
<?php
var_dump(max(1, 3, 2), min(1, 3, 2), max([4, 9, 2]), min([4, 9, 2]), max(1, 2.5), min(-1, -1.5));
var_dump(max("apple", "banana"), min("apple", "banana"), max("10", "9"), max("10", "9a"), max("abc", 0), min("abc", 0));
var_dump(max([1, 2], [1, 3]), max([1, 2, 3], [4, 5]), min(null, false), max(null, false), max(true, 2), max(2, true));
var_dump(max(1, "1"), max("1", 1), min(0, "0.0"), max(['a' => 1, 'b' => 5]), min([5 => 'x', 2 => 'y']));
var_dump(max(NAN, 1), max(1, NAN), max([NAN, 1]), max([1, NAN]), min(NAN, 1), min(1, NAN), min([NAN, 1]), min([1, NAN]));
var_dump(max([0 => -INF, 1 => INF]), min(PHP_INT_MAX, PHP_INT_MIN), max("", null), max([], 0));
try { max(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { min(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { max(1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { min("x"); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { max(null); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { max([]); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { min([]); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECT--
int(3)
int(1)
int(9)
int(2)
float(2.5)
float(-1.5)
string(6) "banana"
string(5) "apple"
string(2) "10"
string(2) "9a"
string(3) "abc"
int(0)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
NULL
NULL
bool(true)
int(2)
int(1)
string(1) "1"
int(0)
int(5)
string(1) "x"
int(1)
float(NAN)
float(NAN)
int(1)
float(NAN)
int(1)
int(1)
float(NAN)
float(INF)
int(-9223372036854775808)
string(0) ""
array(0) {
}
ArgumentCountError: max() expects at least 1 argument, 0 given
ArgumentCountError: min() expects at least 1 argument, 0 given
TypeError: max(): Argument #1 ($value) must be of type array, int given
TypeError: min(): Argument #1 ($value) must be of type array, string given
TypeError: max(): Argument #1 ($value) must be of type array, null given
ValueError: max(): Argument #1 ($value) must contain at least one element
ValueError: min(): Argument #1 ($value) must contain at least one element
