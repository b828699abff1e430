--TEST--
str_repeat beyond the memory limit: php's overflow fatal error
--FILE--
<?php
$s = str_repeat("x", 100000000);
var_dump(strlen($s));
unset($s);
echo "next\n";
str_repeat("ab", PHP_INT_MAX);
echo "not reached\n";
--EXPECTF--
int(100000000)
next

Fatal error: Possible integer overflow in memory allocation (2 * 9223372036854775807 + 32) in %s on line 6
