--TEST--
Assigning to $GLOBALS is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
$GLOBALS = [];
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s/globals_assign_whole.php on line 3
