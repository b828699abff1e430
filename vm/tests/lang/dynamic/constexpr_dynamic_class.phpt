--TEST--
A dynamic class in a constant expression is a compile-time error
--FILE--
<?php
// A class constant reference in a constant expression needs a class name.
echo "not printed\n";
class A {
    const X = 1;
    public $p = [1, 2 + $a::X];
}
--EXPECTF--

Fatal error: Dynamic class names are not allowed in compile-time class constant references in %s on line 6
