--TEST--
str_pad beyond the memory limit: php's memory exhausted fatal error
--FILE--
<?php
var_dump(strlen(str_pad("", 1000000, "ab")));
str_pad("abc", 200000000);
echo "not reached\n";
--EXPECTF--
int(1000000)

Fatal error: Allowed memory size of 134217728 bytes exhausted (tried to allocate 200003584 bytes) in %s on line 3
