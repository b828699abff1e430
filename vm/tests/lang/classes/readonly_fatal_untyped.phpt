--TEST--
a readonly property must have a type
--FILE--
<?php
class A {
    public readonly $x;
}
?>
--EXPECTF--

Fatal error: Readonly property A::$x must have type in %s on line 3
