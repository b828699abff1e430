--TEST--
sprintf with a width past php's memory limit is php's fatal error
--FILE--
<?php
$s = sprintf("%10000000d", 1);
var_dump(strlen($s));
$s = sprintf("%'x-1000000s|", "a");
var_dump(strlen($s));
echo "next\n";
$s = sprintf("%200000000d", 1);
echo "not reached\n";
?>
--EXPECTF--
int(10000000)
int(1000001)
next

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 251662336 bytes) in %s on line 7
