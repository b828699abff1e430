--TEST--
integer overflow to float, shifts, casts and float output
--FILE--
<?php
$i = PHP_INT_MAX;
$i++;
var_dump($i);
$j = PHP_INT_MIN;
$j--;
var_dump($j);
var_dump(PHP_INT_MAX + 1 == PHP_INT_MAX + 2);
var_dump(0x7FFFFFFFFFFFFFFF, 9223372036854775807, 9223372036854775808, -9223372036854775808);
var_dump(PHP_INT_MAX << 1, 1 << 63, 1 << 64, -1 >> 70);
try { var_dump(1 << -1); } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump((int)"9999999999999999999", (int)9.9e18, (int)1e19, (int)NAN, (int)-1.9);
var_dump(0.1 + 0.7, (0.1 + 0.7) * 10, (int)((0.1 + 0.7) * 10));
echo 1e15, " ", 1e14 + 0.5, " ", 123456789012345678, " ", 0.1 + 0.2, " ", -0.0, " ", 1/3, "\n";
var_dump(1e15, 2.5e-5, 1e100, -0.0, 1/3, (float)PHP_INT_MAX, 0.1 + 0.2, 1e21, 123456789.12345678);
echo 1e21, " ", 1.5e-7, " ", 100000000000000000000.0, " ", 255 / 5, "\n";
--EXPECTF--
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
bool(true)
int(9223372036854775807)
int(9223372036854775807)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
int(-2)
int(-9223372036854775808)
int(0)
int(-1)
ArithmeticError: Bit shift by negative number
int(9223372036854775807)
int(-8546744073709551616)
int(-8446744073709551616)
int(0)
int(-1)
float(0.7999999999999999)
float(7.999999999999999)
int(7)
1.0E+15 1.0E+14 123456789012345678 0.3 -0 0.33333333333333
float(1000000000000000)
float(2.5E-5)
float(1.0E+100)
float(-0)
float(0.3333333333333333)
float(9.223372036854776E+18)
float(0.30000000000000004)
float(1.0E+21)
float(123456789.12345678)
1.0E+21 1.5E-7 1.0E+20 51
