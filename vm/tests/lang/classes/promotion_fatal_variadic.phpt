--TEST--
a promoted property cannot be variadic
--FILE--
<?php
class A {
    public function __construct(public int ...$xs) {}
}
?>
--EXPECTF--

Fatal error: Cannot declare variadic promoted property in %s on line 3
