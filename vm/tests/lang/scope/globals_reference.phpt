--TEST--
A reference to $GLOBALS is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
$a = &$GLOBALS;
--EXPECTF--

Fatal error: Cannot acquire reference to $GLOBALS in %s/globals_reference.php on line 3
