--TEST--
a typed property default must match its type
--FILE--
<?php
class A {
    public int $ok = 1;
    public int $bad = "one";
}
?>
--EXPECTF--

Fatal error: Cannot use string as default value for property A::$bad of type int in %s on line 4
