--TEST--
intval: every type, saturating numeric strings, and bases with their prefixes
--FILE--
<?php
var_dump(intval(42), intval(-4.9), intval(4.9), intval(1e19), intval(NAN), intval(INF), intval("12"), intval("  12abc"), intval("abc"), intval("1.9e2"));
var_dump(intval("1e100"), intval("-1e100"), intval("99999999999999999999"), intval(null), intval(true), intval(false), intval([]), intval([0]), intval(""));
var_dump(intval("42", 8), intval("0x1A", 16), intval("1A", 16), intval(" 0x1f", 16), intval("-0x1f", 16), intval("z", 36), intval("Z", 36));
var_dump(intval("0x1A", 0), intval("012", 0), intval("12", 0), intval("0b11", 0), intval("-0b11", 0), intval("+0b101", 2), intval("0B1", 2), intval("0b", 2));
var_dump(intval("101", 2), intval("0o17", 8), intval("17", 8), intval("19", 8), intval("ffffffffffffffffff", 16), intval("-ffffffffffffffffff", 16));
var_dump(intval("12", 1), intval("12", 37), intval("12", -5), intval(42, 8), intval(4.5, 2), intval(null, 16));
var_dump(intval(new stdClass));
try { intval(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { intval("1", "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { intval("1", 10, 3); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(42)
int(-4)
int(4)
int(-8446744073709551616)
int(0)
int(0)
int(12)
int(12)
int(0)
int(190)
int(9223372036854775807)
int(-9223372036854775808)
int(9223372036854775807)
int(0)
int(1)
int(0)
int(0)
int(1)
int(0)
int(34)
int(26)
int(26)
int(31)
int(-31)
int(35)
int(35)
int(26)
int(10)
int(12)
int(3)
int(-3)
int(5)
int(1)
int(0)
int(5)
int(0)
int(15)
int(1)
int(9223372036854775807)
int(-9223372036854775808)
int(0)
int(0)
int(0)
int(42)
int(4)
int(0)

Warning: Object of class stdClass could not be converted to int in %s on line 8
int(1)
intval() expects at least 1 argument, 0 given
intval(): Argument #2 ($base) must be of type int, string given
intval() expects at most 2 arguments, 3 given
