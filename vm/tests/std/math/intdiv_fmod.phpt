--TEST--
intdiv, fmod and fdiv, with division by zero and the PHP_INT_MIN / -1 case
--FILE--
<?php
var_dump(intdiv(7, 2), intdiv(-7, 2), intdiv(7, -2), intdiv(-7, -2), intdiv(0, 5), intdiv("9", "3"), intdiv(PHP_INT_MIN, 1), intdiv(PHP_INT_MAX, -1));
try { intdiv(1, 0); } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(PHP_INT_MIN, -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(1.5, 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv("a", 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { intdiv(1e30, 1); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(intdiv(5.0, 2), intdiv(null, 3));
var_dump(fmod(10, 3), fmod(-10, 3), fmod(10, -3), fmod(5.5, 1.5), fmod(1, 0), fmod(INF, 2), fmod(2, INF), fmod(-0.0, 1), fmod("7.5", "2"));
var_dump(fdiv(1, 2), fdiv(1, 0), fdiv(-1, 0), fdiv(0, 0), fdiv(10, "4"));
try { fmod([], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { fmod(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(3)
int(-3)
int(-3)
int(3)
int(0)
int(3)
int(-9223372036854775808)
int(-9223372036854775807)
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
TypeError: intdiv(): Argument #1 ($num1) must be of type int, string given
TypeError: intdiv(): Argument #1 ($num1) must be of type int, float given

Deprecated: intdiv(): Passing null to parameter #1 ($num1) of type int is deprecated in %s on line 8
int(2)
int(0)
float(1)
float(-1)
float(1)
float(1)
float(NAN)
float(NAN)
float(2)
float(-0)
float(1.5)
float(0.5)
float(INF)
float(-INF)
float(NAN)
float(2.5)
fmod(): Argument #1 ($num1) must be of type float, array given
fmod() expects exactly 2 arguments, 1 given
