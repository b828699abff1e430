--TEST--
inherited abstract methods and interface methods are listed, at most three
--FILE--
<?php
interface I { function a(); function b(); }
abstract class P implements I { abstract function c(); abstract function d(); }
class C extends P {
    function b() {}
}
?>
--EXPECTF--

Fatal error: Class C contains 3 abstract methods and must therefore be declared abstract or implement the remaining methods (P::c, P::d, I::a) in %s on line 4
