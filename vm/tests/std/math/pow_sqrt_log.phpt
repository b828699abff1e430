--TEST--
pow (int results when exact, float on overflow), sqrt, exp and the logarithms
--FILE--
<?php
var_dump(pow(2, 10), pow(-2, 63), pow(2, 63), pow(2, 64), pow(-3, 3), pow(10, 18), pow(10, 19), pow(0, 0), pow(1, PHP_INT_MAX));
var_dump(pow(2, -1), pow(2, -2), pow(0, -1), pow(-8, 1/3), pow(2.0, 2), pow("3", "2"), pow("1.5", 2), pow(true, 5), pow(null, 2));
var_dump(pow(4, 0.5), pow(-1, 0.5), pow(INF, 0), pow(NAN, 0));
try { pow([], 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pow(2, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pow(2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(pow("5 apples", 2));
var_dump(sqrt(16), sqrt(2), sqrt(-1), sqrt(0), sqrt(INF), sqrt("9"));
var_dump(exp(0), exp(1), exp(-1), exp(710), expm1(0), expm1(1e-10));
var_dump(log(M_E), log(1), log(0), log(-1), log(8, 2), log(100, 10), log(27, 3), log(5, 1), log(1, 0.5));
var_dump(log10(1000), log10(0.001), log10(0), log1p(0), log1p(-1));
try { log(1, 0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { log(1, -2); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sqrt("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { log(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(sqrt(null));
--EXPECTF--
int(1024)
int(-9223372036854775808)
float(9.223372036854776E+18)
float(1.8446744073709552E+19)
int(-27)
int(1000000000000000000)
float(1.0E+19)
int(1)
int(1)
float(0.5)
float(0.25)
float(INF)
float(NAN)
float(4)
int(9)
float(2.25)
int(1)
int(0)
float(2)
float(NAN)
float(1)
float(1)
Unsupported operand types: array ** int
Unsupported operand types: int ** stdClass
pow() expects exactly 2 arguments, 1 given

Warning: A non-numeric value encountered in %s on line 8
int(25)
float(4)
float(1.4142135623730951)
float(NAN)
float(0)
float(INF)
float(3)
float(1)
float(2.718281828459045)
float(0.36787944117144233)
float(INF)
float(0)
float(1.00000000005E-10)
float(1)
float(0)
float(-INF)
float(NAN)
float(3)
float(2)
float(3)
float(NAN)
float(-0)
float(3)
float(-3)
float(-INF)
float(0)
float(-INF)
log(): Argument #2 ($base) must be greater than 0
log(): Argument #2 ($base) must be greater than 0
sqrt(): Argument #1 ($num) must be of type float, string given
log() expects at least 1 argument, 0 given

Deprecated: sqrt(): Passing null to parameter #1 ($num) of type float is deprecated in %s on line 17
float(0)
