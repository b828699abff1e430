--TEST--
floatval/doubleval, strval and boolval
--FILE--
<?php
var_dump(floatval("1.5abc"), floatval("abc"), floatval("-.5e1x"), floatval(" 2.5 "), floatval("1e400"), floatval([1]), floatval([]), floatval(null), floatval(true), floatval(3), doubleval("3"));
var_dump(floatval(new stdClass));
var_dump(strval(1), strval(1.0), strval(0.1 + 0.2), strval(1e25), strval(-0.0), strval(true), strval(false), strval(null), strval("x"), strval(NAN));
var_dump(strval([]));
class Named { public function __toString(): string { return "named"; } }
var_dump(strval(new Named));
try { strval(new stdClass); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(boolval(0), boolval(1), boolval(-1), boolval(0.0), boolval(-0.0), boolval(NAN), boolval(""), boolval("0"), boolval("0.0"), boolval(" "), boolval([]), boolval([0]), boolval(null), boolval(new stdClass));
try { floatval(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { boolval(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(1.5)
float(0)
float(-5)
float(2.5)
float(INF)
float(1)
float(0)
float(0)
float(1)
float(3)
float(3)

Warning: Object of class stdClass could not be converted to float in %s on line 3
float(1)
string(1) "1"
string(1) "1"
string(3) "0.3"
string(7) "1.0E+25"
string(2) "-0"
string(1) "1"
string(0) ""
string(0) ""
string(1) "x"
string(3) "NAN"

Warning: Array to string conversion in %s on line 5
string(5) "Array"
string(5) "named"
Error: Object of class stdClass could not be converted to string
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
floatval() expects exactly 1 argument, 0 given
boolval() expects exactly 1 argument, 2 given
