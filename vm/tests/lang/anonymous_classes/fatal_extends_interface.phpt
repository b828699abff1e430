--TEST--
An anonymous class extending an interface is a fatal error
--FILE--
<?php
interface I {}
echo "before\n";
$o = new class extends I {};
--EXPECTF--
before

Fatal error: Class I@anonymous cannot extend interface I in %s on line 4
