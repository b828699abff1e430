--TEST--
An array_fill php cannot allocate under its 128M memory limit ends in php's fatal error
--FILE--
<?php
echo count(array_fill(0, 4194304, 1)), "\n";
$big = array_fill(0, 5000000, 0);
echo "not reached\n";
?>
--EXPECTF--
4194304

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 134221824 bytes) in %s on line 3
