--TEST--
arrays: key coercion of numeric strings, floats, bools and null; append after negative keys; illegal offsets; overflow
--FILE--
<?php
$a = [];
$a["8"] = 'string eight';
$a["08"] = 'leading zero';
$a[8.7] = 'float';
$a[true] = 'true';
$a[false] = 'false';
$a[null] = 'null';
$a["-5"] = 'negative string';
$a["-0"] = 'minus zero';
$a[" 9"] = 'space';
$a["9223372036854775808"] = 'too big';
$a["1e3"] = 'exp';
var_dump($a);
$b = [-5 => 'a'];
$b[] = 'next after negative';
var_dump($b);

try { $d = []; $d[new stdClass] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$e = [PHP_INT_MAX => 'max'];
try { $e[] = 'overflow'; } catch (Error $x) { echo $x->getMessage(), "\n"; }
var_dump(array_keys(['1' => 'a', '1.5' => 'b', 'true' => 'c']));
--EXPECTF--

Deprecated: Implicit conversion from float 8.7 to int loses precision in %s on line 5
array(10) {
  [8]=>
  string(5) "float"
  ["08"]=>
  string(12) "leading zero"
  [1]=>
  string(4) "true"
  [0]=>
  string(5) "false"
  [""]=>
  string(4) "null"
  [-5]=>
  string(15) "negative string"
  ["-0"]=>
  string(10) "minus zero"
  [" 9"]=>
  string(5) "space"
  ["9223372036854775808"]=>
  string(7) "too big"
  ["1e3"]=>
  string(3) "exp"
}
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(19) "next after negative"
}
Illegal offset type
Cannot add element to the array as the next element is already occupied
array(3) {
  [0]=>
  int(1)
  [1]=>
  string(3) "1.5"
  [2]=>
  string(4) "true"
}
