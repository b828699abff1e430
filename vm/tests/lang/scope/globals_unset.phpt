--TEST--
unset($GLOBALS) is a compile-time fatal error
--FILE--
<?php
echo "not printed\n";
function f() {
    unset($GLOBALS);
}
--EXPECTF--

Fatal error: $GLOBALS can only be modified using the $GLOBALS[$name] = $value syntax in %s/globals_unset.php on line 4
