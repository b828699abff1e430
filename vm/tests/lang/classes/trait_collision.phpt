--TEST--
two traits with the same method and no insteadof
--FILE--
<?php
trait T1 { function hello() {} }
trait T2 { function hello() {} }
class A { use T1, T2; }
--EXPECTF--

Fatal error: Trait method T2::hello has not been applied as A::hello, because of collision with T1::hello in %s on line 4
