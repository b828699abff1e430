--TEST--
Classes in variables and objects ($c::X, $o::class, $c::m(), $c::$s), static member names in variables
--FILE--
<?php
// A class in a variable ($cls::X, $cls::m(), $cls::$s), an object's
// class ($obj::X, $obj::class), and static member names in variables.
namespace NS;
class A {
    const X = 'A::X';
    public static $count = 0;
    public static $other = 'other';
    static function make() { return static::class . '::make'; }
    static function m2() { return 'm2'; }
    static function __callStatic($name, $args) { return "__callStatic($name)"; }
}
class B extends A {
    const X = 'B::X';
}
$cls = 'NS\A';
$obj = new B;
echo $cls::X, ' ', $obj::X, ' ', $obj::class, "\n";
echo $cls::make(), ' ', $obj::make(), "\n";
$cls::$count = 5;
$cls::$count++;
$cls::$count += 10;
echo A::$count, ' ', $obj::$count, "\n";
var_dump(isset($cls::$count), isset($cls::$nope), $cls::$nope ?? 'dflt');
$m = 'make';
echo A::$m(), ' ', B::$m(), "\n";
echo A::{'m' . '2'}(), ' ', $cls::{'m2'}(), ' ', $obj::{$m}(), "\n";
$missing = 'nope';
echo A::$missing(), ' ', $cls::$missing(), "\n";
$n = 'other';
echo A::$$n, ' ', $cls::$$n, "\n";
A::$$n = 'changed';
echo A::$other, "\n";
$leading = '\NS\B';
echo $leading::X, "\n";
$f = $cls::make(...);
echo $f(), "\n";
echo (new B)::X, ' ', [new A][0]::class, "\n";
function cls() { return 'NS\B'; }
echo cls()::X, "\n";
--EXPECTF--
A::X B::X NS\B
NS\A::make NS\B::make
16 16
bool(true)
bool(false)
string(4) "dflt"
NS\A::make NS\B::make
m2 m2 NS\B::make
__callStatic(nope) __callStatic(nope)
other other
changed
B::X
NS\A::make
B::X NS\A
B::X
