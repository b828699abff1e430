--TEST--
Constant expressions: invalid operations
--FILE--
<?php
echo "start\n";
class A {
    const X = strlen('abc');
}
--EXPECTF--

Fatal error: Constant expression contains invalid operations in %s on line 4
