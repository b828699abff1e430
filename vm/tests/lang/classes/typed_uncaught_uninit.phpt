--TEST--
reading an uninitialized typed property is an uncaught Error
--FILE--
<?php
class A {
    public int $x;
}
echo "before\n";
echo (new A)->x;
?>
--EXPECTF--
before

Fatal error: Uncaught Error: Typed property A::$x must not be accessed before initialization in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
