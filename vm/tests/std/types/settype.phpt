--TEST--
settype converts a variable in place and rejects unknown types
--FILE--
<?php
$a = "12"; var_dump(settype($a, "integer"), $a);
$a = "12.5"; settype($a, "float"); var_dump($a);
$a = "1e100"; settype($a, "int"); var_dump($a);
$a = 5; settype($a, "array"); var_dump($a);
$a = null; settype($a, "array"); var_dump($a);
$a = 5; settype($a, "object"); var_dump(get_class($a), $a->scalar);
$a = ['x' => 1]; settype($a, "object"); var_dump(get_class($a), $a->x);
$a = [1]; settype($a, "string"); var_dump($a);
$a = 5; settype($a, "null"); var_dump($a);
$a = 5; settype($a, "bool"); var_dump($a);
$a = ""; settype($a, "boolean"); var_dump($a);
$a = 5; settype($a, "double"); var_dump($a);
$a = 1.5; settype($a, "string"); var_dump($a);
$a = 5; settype($a, "INTEGER"); var_dump($a);
$a = new stdClass; settype($a, "int"); var_dump($a);
settype($fresh, "integer"); var_dump($fresh);
$arr = ['k' => "7"]; settype($arr['k'], "int"); var_dump($arr);
function conv(&$x) { settype($x, "float"); }
$b = "3"; conv($b); var_dump($b);
$a = 5;
try { settype($a, "foo"); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { settype($a, "resource"); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $o = new stdClass; settype($o, "string"); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { settype($a); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump($a);
--EXPECTF--
bool(true)
int(12)
float(12.5)
int(9223372036854775807)
array(1) {
  [0]=>
  int(5)
}
array(0) {
}
string(8) "stdClass"
int(5)
string(8) "stdClass"
int(1)

Warning: Array to string conversion in %s on line 9
string(5) "Array"
NULL
bool(true)
bool(false)
float(5)
string(3) "1.5"
int(5)

Warning: Object of class stdClass could not be converted to int in %s on line 16
int(1)
int(0)
array(1) {
  ["k"]=>
  int(7)
}
float(3)
ValueError: settype(): Argument #2 ($type) must be a valid type
ValueError: Cannot convert to resource type
Error: Object of class stdClass could not be converted to string
settype() expects exactly 2 arguments, 1 given
int(5)
