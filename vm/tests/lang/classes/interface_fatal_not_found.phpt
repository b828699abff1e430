--TEST--
implementing an unknown interface is an Error
--FILE--
<?php
class A implements Missing {}
?>
--EXPECTF--

Fatal error: Uncaught Error: Interface "Missing" not found in %s:2
Stack trace:
#0 {main}
  thrown in %s on line 2
