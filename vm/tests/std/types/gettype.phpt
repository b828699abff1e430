--TEST--
gettype and get_debug_type name every kind of value
--FILE--
<?php
class Point {}
$values = [null, true, false, 0, -5, 1.5, NAN, "", "str", [], [1, 2], new stdClass, new Point];
foreach ($values as $v) {
    echo gettype($v), " / ", get_debug_type($v), "\n";
}
$undefined_later = 1;
var_dump(gettype(1 <=> 2), get_debug_type(PHP_INT_MAX + 1));
try { gettype(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { get_debug_type(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
NULL / null
boolean / bool
boolean / bool
integer / int
integer / int
double / float
double / float
string / string
string / string
array / array
array / array
object / stdClass
object / Point
string(7) "integer"
string(5) "float"
gettype() expects exactly 1 argument, 0 given
get_debug_type() expects exactly 1 argument, 2 given
