--TEST--
a class can only implement interfaces
--FILE--
<?php
class B {}
class A implements B {}
?>
--EXPECTF--

Fatal error: A cannot implement B - it is not an interface in %s on line 3
