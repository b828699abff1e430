--TEST--
A range php cannot allocate under its 128M memory limit ends in php's fatal error instead of exhausting the machine
--FILE--
<?php
echo count(range(1, 100000)), "\n";
echo count(array_fill(0, 100000, 0)), "\n";
$big = range(0.0, 1073741822.0);
echo "not reached\n";
?>
--EXPECTF--
100000
100000

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 17179873280 bytes) in %s on line 4
