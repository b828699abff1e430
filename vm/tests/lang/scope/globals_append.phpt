--TEST--
Appending to $GLOBALS is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
$GLOBALS[] = 1;
--EXPECTF--

Fatal error: Cannot append to $GLOBALS in %s/globals_append.php on line 3
