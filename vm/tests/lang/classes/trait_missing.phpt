--TEST--
using a trait that does not exist
--FILE--
<?php
class A { use Missing; }
--EXPECTF--

Fatal error: Trait "Missing" not found in %s on line 2
