--TEST--
an interface method cannot have a body
--FILE--
<?php
interface I {
    public function f() { return 1; }
}
?>
--EXPECTF--

Fatal error: Interface function I::f() cannot contain body in %s on line 3
