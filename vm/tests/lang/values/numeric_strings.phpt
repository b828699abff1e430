--TEST--
numeric, leading-numeric and non-numeric strings in arithmetic and comparison
--FILE--
<?php
function t($f) { try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(fn() => "10" + 5);
t(fn() => "1.5" + 1);
t(fn() => "1e3" + 0);
t(fn() => " 42" + 0);
t(fn() => "42 " + 0);
t(fn() => "12abc" + 1);
t(fn() => "abc" + 1);
t(fn() => "abc" * 1);
t(fn() => 10 / "2");
t(fn() => "0x1A" + 0);
t(fn() => "" + 1);
t(fn() => -"5");
t(fn() => +"3.0");
t(fn() => "9" % "4");
t(fn() => "7" ** 2);
t(fn() => 1 + null);
t(fn() => true + true);
t(fn() => [] + 1);
t(fn() => 1 % 0);
t(fn() => intdiv(1, 0));
t(fn() => 1 / 0);
t(fn() => fmod(1, 0));
t(fn() => "5" . 5);
t(fn() => 1.0 . "");
t(fn() => PHP_INT_MAX + 1);
t(fn() => PHP_INT_MIN - 1);
t(fn() => PHP_INT_MAX * 3);
t(fn() => -PHP_INT_MIN);
t(fn() => PHP_INT_MIN % -1);
t(fn() => 7 <=> "7");
t(fn() => "abc" == 0);
t(fn() => "1" == "01");
t(fn() => "10" == "1e1");
t(fn() => 100 == "1e2");
t(fn() => "abc" <=> "abd");
--EXPECTF--
int(15)
float(2.5)
float(1000)
int(42)
int(42)

Warning: A non-numeric value encountered in %s on line 8
int(13)
TypeError: Unsupported operand types: string + int
TypeError: Unsupported operand types: string * int
int(5)

Warning: A non-numeric value encountered in %s on line 12
int(0)
TypeError: Unsupported operand types: string + int
int(-5)
float(3)
int(1)
int(49)
int(1)
int(2)
TypeError: Unsupported operand types: array + int
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
DivisionByZeroError: Division by zero
float(NAN)
string(2) "55"
string(1) "1"
float(9.223372036854776E+18)
float(-9.223372036854776E+18)
float(2.7670116110564327E+19)
float(9.223372036854776E+18)
int(0)
int(0)
bool(false)
bool(true)
bool(true)
bool(true)
int(-1)
