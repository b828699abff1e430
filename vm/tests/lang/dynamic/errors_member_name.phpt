--TEST--
Dynamic member names: method names must be strings, names starting with NUL, undefined variables
--FILE--
<?php
// Method names must be strings; property names starting with NUL.
class A {
    public $p = 1;
    function m() { return 'm'; }
    static function sm() { return 'sm'; }
}
function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
$o = new A;
foreach ([5, null, ['m'], new A, 1.5] as $m) {
    attempt(fn() => $o->$m());
    attempt(fn() => A::$m());
}
// The name is checked before the object.
$n = null;
$int = 1;
attempt(fn() => $n->$int());
$name = 'nope';
attempt(fn() => $o->$name());
attempt(fn() => A::$name());
$nul = "\0p";
attempt(fn() => $o->$nul);
attempt(function () use ($o, $nul) { $o->$nul = 1; });
attempt(function () use ($o, $nul) { $o->$nul .= 1; });
attempt(function () use ($o, $nul) { $o->$nul++; });
attempt(function () use ($o, $nul) { $o->$nul[] = 1; });
attempt(function () use ($o, $nul) { unset($o->$nul); });
attempt(fn() => $o->{"\0"});
// Quiet reads and non-objects raise no error.
attempt(fn() => isset($o->$nul));
attempt(fn() => empty($o->$nul));
attempt(fn() => $o->$nul ?? 'default');
attempt(fn() => $n->$nul);
// Undefined variables as names or objects.
attempt(fn() => $o->$undefined);
attempt(fn() => $undefined->$name);
attempt(fn() => $o->$undefined());
echo $o->$nul;
--EXPECTF--
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Method name must be a string
Error: Call to undefined method A::nope()
Error: Call to undefined method A::nope()
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
Error: Cannot access property starting with "\0"
bool(false)
bool(true)
string(7) "default"

Warning: Attempt to read property "" on null in %s on line 39
NULL

Warning: Undefined variable $undefined in %s on line 41

Warning: Undefined property: A::$ in %s on line 41
NULL

Warning: Undefined variable $undefined in %s on line 42

Warning: Attempt to read property "nope" on null in %s on line 42
NULL

Warning: Undefined variable $undefined in %s on line 43
Error: Method name must be a string

Fatal error: Uncaught Error: Cannot access property starting with "\0" in %s:44
Stack trace:
#0 {main}
  thrown in %s on line 44
