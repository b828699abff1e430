--TEST--
A static variable initialised by a call is a compile error
--FILE--
<?php
echo "never\n";
function f() {
    static $x = strlen("a");
}
--EXPECTF--

Fatal error: Constant expression contains invalid operations in %s on line 4
