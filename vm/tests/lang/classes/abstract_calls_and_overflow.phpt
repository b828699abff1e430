--TEST--
abstract methods cannot be called; ++/-- of a typed int property past its range is a TypeError
--FILE--
<?php
abstract class A {
    abstract function f();
    abstract static function t();
}
class B extends A {
    function f() { return parent::f(); }
    static function t() { return parent::t(); }
}
interface I { function m(); }
function attempt($label, callable $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
attempt("parent::f", fn() => (new B)->f());
attempt("parent::t", fn() => B::t());
attempt("A::t", fn() => A::t());
attempt("I::m", fn() => I::m());

class C {
    public int $x = PHP_INT_MAX;
    public int $y = PHP_INT_MIN;
    public int|float $z = PHP_INT_MAX;
    public ?int $n = null;
    public mixed $m = 1.5;
    public float $f = 0.5;
}
$c = new C;
attempt("x++", function () use ($c) { $c->x++; });
attempt("++x", function () use ($c) { return ++$c->x; });
attempt("y--", function () use ($c) { $c->y--; });
attempt("--y", function () use ($c) { return --$c->y; });
attempt("z++", function () use ($c) { $c->z++; return $c->z; });
attempt("n++", function () use ($c) { $c->n++; return $c->n; });
attempt("m++", function () use ($c) { return ++$c->m; });
attempt("f--", function () use ($c) { $c->f--; return $c->f; });
var_dump($c->x, $c->y);
?>
--EXPECT--
parent::f: Error: Cannot call abstract method A::f()
parent::t: Error: Cannot call abstract method A::t()
A::t: Error: Cannot call abstract method A::t()
I::m: Error: Cannot call abstract method I::m()
x++: TypeError: Cannot increment property C::$x of type int past its maximal value
++x: TypeError: Cannot increment property C::$x of type int past its maximal value
y--: TypeError: Cannot decrement property C::$y of type int past its minimal value
--y: TypeError: Cannot decrement property C::$y of type int past its minimal value
float(9.223372036854776E+18)
int(1)
float(2.5)
float(-0.5)
int(9223372036854775807)
int(-9223372036854775808)
