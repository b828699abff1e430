--TEST--
round: precision, php's pre-rounding, the four modes, ints and edge values
--FILE--
<?php
var_dump(round(3.4), round(3.5), round(-3.5), round(-3.4), round(0.5), round(-0.5));
var_dump(round(1.955, 2), round(5.045, 2), round(5.055, 2), round(1.45, 1), round(-1.45, 1));
var_dump(round(0.285, 2), round(1.0000001, 6), round(3.14159, 3), round(1234.5678, -2), round(1234567.891, -3));
var_dump(round(5, 2), round(15, -1), round(14, -1), round(-15, -1), round(PHP_INT_MAX, -3));
var_dump(round("2.5"), round("-3.7", 0), round(true));
foreach ([PHP_ROUND_HALF_UP, PHP_ROUND_HALF_DOWN, PHP_ROUND_HALF_EVEN, PHP_ROUND_HALF_ODD] as $mode) {
    echo "mode $mode:";
    foreach ([2.5, 3.5, -2.5, -3.5, 1.55, -1.55, 2.45, 7.0] as $v) {
        echo " ", round($v, $v == 7.0 ? 0 : ($v == 2.5 || $v == 3.5 || $v == -2.5 || $v == -3.5 ? 0 : 1), $mode);
    }
    echo "\n";
}
var_dump(round(25, -1, PHP_ROUND_HALF_EVEN), round(35, -1, PHP_ROUND_HALF_ODD), round(3.5, 0, 99));
var_dump(round(1e20, 2), round(1.23456789, 30), round(1e-20, 2), round(5.5e-300, 301), round(1.5e15, -16));
var_dump(round(0.0), round(-0.0), round(NAN), round(INF), round(-INF, 2));
var_dump(round(123456789012345.67, 1), round(0.1 + 0.2, 15), round(1.0E+25, -24), round(2.5, PHP_INT_MAX), round(2.5, PHP_INT_MIN));
var_dump(round(null));
try { round("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { round(1.5, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { round(1.5, 1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { round(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { round(1, 2, 3, 4); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
float(3)
float(4)
float(-4)
float(-3)
float(1)
float(-1)
float(1.96)
float(5.05)
float(5.06)
float(1.5)
float(-1.5)
float(0.29)
float(1)
float(3.142)
float(1200)
float(1235000)
float(5)
float(20)
float(10)
float(-20)
float(9.223372036854776E+18)
float(3)
float(-4)
float(1)
mode 1: 3 4 -3 -4 1.6 -1.6 2.5 7
mode 2: 2 3 -2 -3 1.5 -1.5 2.4 7
mode 3: 2 4 -2 -4 1.6 -1.6 2.4 7
mode 4: 3 3 -3 -3 1.5 -1.5 2.5 7
float(20)
float(30)
float(4)
float(1.0E+20)
float(1.23456789)
float(0)
float(0)
float(0)
float(0)
float(-0)
float(NAN)
float(INF)
float(-INF)
float(123456789012345.67)
float(0.3)
float(1.0E+25)
float(2.5)
float(0)

Deprecated: round(): Passing null to parameter #1 ($num) of type int|float is deprecated in %s on line 18
float(0)
round(): Argument #1 ($num) must be of type int|float, string given
round(): Argument #2 ($precision) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 21
round() expects at least 1 argument, 0 given
round() expects at most 3 arguments, 4 given
