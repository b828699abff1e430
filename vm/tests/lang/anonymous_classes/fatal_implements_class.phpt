--TEST--
An anonymous class implementing a class is a fatal error
--FILE--
<?php
class NotAnInterface {}
echo "before\n";
$o = new class implements NotAnInterface {};
--EXPECTF--
before

Fatal error: NotAnInterface@anonymous cannot implement NotAnInterface - it is not an interface in %s on line 4
