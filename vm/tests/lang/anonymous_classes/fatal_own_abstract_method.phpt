--TEST--
An anonymous class declaring an abstract method is a compile error
--FILE--
<?php
echo "never printed\n";
$o = new class {
    abstract function f();
};
--EXPECTF--

Fatal error: Class class@anonymous contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (class@anonymous::f) in %s on line 3
