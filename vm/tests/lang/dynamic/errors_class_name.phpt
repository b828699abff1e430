--TEST--
Dynamic class references: invalid values, unknown classes, self/static in strings, ::class on non-objects
--FILE--
<?php
// A class given by a value that is no object and no class name string.
class A {
    const X = 1;
    public static $s = 2;
    static function m() { return 3; }
    static function fromInside() {
        // A string never means self, parent or static, even in a class.
        $c = 'self';
        try { echo $c::X; } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
    }
}
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
foreach ([5, null, 1.5, [], true] as $v) {
    attempt(fn() => $v::X);
    attempt(fn() => $v::m());
    attempt(fn() => $v::$s);
    attempt(fn() => new $v);
    attempt(fn() => $v::class);
}
$missing = 'Missing';
attempt(fn() => $missing::X);
attempt(fn() => $missing::m());
attempt(fn() => $missing::$s);
attempt(fn() => new $missing);
attempt(fn() => 'A'::class);
$static = 'static';
attempt(fn() => $static::X);
attempt(fn() => new $static);
A::fromInside();
$a = 'A';
attempt(fn() => $a::$nope);
attempt(fn() => $a::NOPE);
attempt(fn() => $a::nope());
$o = new stdClass;
attempt(fn() => new $o->cls);
attempt(fn() => 1 instanceof $o->cls);
echo $o::X;
--EXPECTF--
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
TypeError: Cannot use "::class" on value of type int
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
TypeError: Cannot use "::class" on value of type null
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
TypeError: Cannot use "::class" on value of type float
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
TypeError: Cannot use "::class" on value of type array
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
Error: Class name must be a valid object or a string
TypeError: Cannot use "::class" on value of type bool
Error: Class "Missing" not found
Error: Class "Missing" not found
Error: Class "Missing" not found
Error: Class "Missing" not found
string(1) "A"
Error: Class "static" not found
Error: Class "static" not found
Error: Class "self" not found
Error: Access to undeclared static property A::$nope
Error: Undefined constant A::NOPE
Error: Call to undefined method A::nope()

Warning: Undefined property: stdClass::$cls in %s on line 42
Error: Class name must be a valid object or a string
bool(false)

Fatal error: Uncaught Error: Undefined constant stdClass::X in %s:44
Stack trace:
#0 {main}
  thrown in %s on line 44
