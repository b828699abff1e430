--TEST--
A compound assignment to $GLOBALS is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
$GLOBALS += ['a' => 1];
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s/globals_compound.php on line 3
