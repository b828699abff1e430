--TEST--
instantiating an interface is an uncaught Error
--FILE--
<?php
interface I {}
echo "before\n";
$x = new I;
?>
--EXPECTF--
before

Fatal error: Uncaught Error: Cannot instantiate interface I in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
