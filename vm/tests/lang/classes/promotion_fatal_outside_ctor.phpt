--TEST--
constructor property promotion outside a constructor is a compile error
--FILE--
<?php
class A {
    public function set(private $x) {}
}
?>
--EXPECTF--

Fatal error: Cannot declare promoted property outside a constructor in %s on line 3
