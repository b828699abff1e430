--TEST--
a promoted property cannot redeclare a property
--FILE--
<?php
class A {
    public $x;
    public function __construct(public $x = 1) {}
}
?>
--EXPECTF--

Fatal error: Cannot redeclare A::$x in %s on line 4
