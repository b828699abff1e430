--TEST--
abs, floor and ceil on ints, floats and numeric strings, with argument errors
--FILE--
<?php
var_dump(abs(-5), abs(5), abs(-0), abs(-2.5), abs(-0.0), abs("-7"), abs("-7.25"), abs(" 3"), abs(true));
var_dump(abs(PHP_INT_MIN), abs(PHP_INT_MAX), abs(-INF), abs(NAN));
var_dump(floor(5), floor(-5), floor(2.7), floor(-2.7), floor("3.9"), floor(-0.5), floor(1e20));
var_dump(ceil(5), ceil(2.1), ceil(-2.1), ceil("-0.5"), ceil(PHP_INT_MAX), ceil(INF));
var_dump(abs(null), floor(null));
foreach (["x", "5 apples", [], new stdClass] as $bad) {
    try { var_dump(abs($bad)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { var_dump(floor($bad)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    try { var_dump(ceil($bad)); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
try { abs(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { floor(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
int(5)
int(0)
float(2.5)
float(0)
int(7)
float(7.25)
int(3)
int(1)
float(9.223372036854776E+18)
int(9223372036854775807)
float(INF)
float(NAN)
float(5)
float(-5)
float(2)
float(-3)
float(3)
float(-1)
float(1.0E+20)
float(5)
float(3)
float(-2)
float(-0)
float(9.223372036854776E+18)
float(INF)

Deprecated: abs(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 6

Deprecated: floor(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 6
int(0)
float(0)
TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
TypeError: floor(): Argument #1 ($num) must be of type int|float, string given
TypeError: ceil(): Argument #1 ($num) must be of type int|float, string given
TypeError: abs(): Argument #1 ($num) must be of type int|float, string given
TypeError: floor(): Argument #1 ($num) must be of type int|float, string given
TypeError: ceil(): Argument #1 ($num) must be of type int|float, string given
TypeError: abs(): Argument #1 ($num) must be of type int|float, array given
TypeError: floor(): Argument #1 ($num) must be of type int|float, array given
TypeError: ceil(): Argument #1 ($num) must be of type int|float, array given
TypeError: abs(): Argument #1 ($num) must be of type int|float, stdClass given
TypeError: floor(): Argument #1 ($num) must be of type int|float, stdClass given
TypeError: ceil(): Argument #1 ($num) must be of type int|float, stdClass given
abs() expects exactly 1 argument, 0 given
floor() expects exactly 1 argument, 2 given
