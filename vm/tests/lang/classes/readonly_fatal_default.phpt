--TEST--
a readonly property cannot have a default value
--FILE--
<?php
class A {
    public readonly int $x = 1;
}
?>
--EXPECTF--

Fatal error: Readonly property A::$x cannot have default value in %s on line 3
