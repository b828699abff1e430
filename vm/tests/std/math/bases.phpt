--TEST--
base_convert, bindec/octdec/hexdec and decbin/decoct/dechex
--FILE--
<?php
var_dump(base_convert("ff", 16, 2), base_convert("FF", 16, 10), base_convert("777", 8, 16), base_convert("zz", 36, 10), base_convert("0", 10, 36));
var_dump(base_convert("0x1f", 16, 10), base_convert("0b101", 2, 10), base_convert("0o17", 8, 10), base_convert(" 42 ", 10, 2), base_convert(255, 10, 16));
var_dump(base_convert("ffffffffffffffffffff", 16, 10), base_convert("9223372036854775807", 10, 16), base_convert("9223372036854775808", 10, 16));
var_dump(base_convert("1z", 10, 2));
var_dump(base_convert("-12", 10, 2));
var_dump(bindec("111"), bindec("0b1010"), bindec(str_repeat("1", 63)), bindec(str_repeat("1", 64)), bindec(""));
var_dump(octdec("777"), octdec("0o17"), hexdec("ff"), hexdec("0xFF"), hexdec("7fffffffffffffff"), hexdec("10000000000000000"));
var_dump(hexdec("fg"));
var_dump(decbin(10), decbin(0), decbin(-1), decoct(8), decoct(-1), dechex(255), dechex(PHP_INT_MAX), dechex(PHP_INT_MIN), dechex("12"));
try { base_convert("1", 1, 10); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { base_convert("1", 10, 37); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { base_convert([], 10, 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { decbin(1.5); } catch (TypeError $e) { echo get_class($e), $e->getMessage(), "\n"; }
try { dechex("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { hexdec(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(bindec(null));
--EXPECTF--
string(8) "11111111"
string(3) "255"
string(3) "1ff"
string(4) "1295"
string(1) "0"
string(2) "31"
string(1) "5"
string(2) "15"
string(6) "101010"
string(2) "ff"
string(25) "1208925819614629446642046"
string(16) "7fffffffffffffff"
string(16) "8000000000000000"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 5
string(1) "1"

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 6
string(4) "1100"
int(7)
int(10)
int(9223372036854775807)
float(1.8446744073709552E+19)
int(0)
int(511)
int(15)
int(255)
int(255)
int(9223372036854775807)
float(1.8446744073709552E+19)

Deprecated: Invalid characters passed for attempted conversion, these have been ignored in %s on line 9
int(15)
string(4) "1010"
string(1) "0"
string(64) "1111111111111111111111111111111111111111111111111111111111111111"
string(2) "10"
string(22) "1777777777777777777777"
string(2) "ff"
string(16) "7fffffffffffffff"
string(16) "8000000000000000"
string(1) "c"
base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)
base_convert(): Argument #1 ($num) must be of type string, array given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 14
dechex(): Argument #1 ($num) must be of type int, string given
hexdec() expects exactly 1 argument, 0 given

Deprecated: bindec(): Passing null to parameter #1 ($binary_string) of type string is deprecated in %s on line 17
int(0)
