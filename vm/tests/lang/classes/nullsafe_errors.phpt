--TEST--
nullsafe operator: only null short-circuits; other non-objects still warn or throw
--FILE--
<?php
class A { public $p = 1; public function m() { return "m"; } }
function attempt($label, callable $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$s = "string";
$i = 42;
$f = false;
$arr = [];
attempt("string prop", fn() => $s?->p);
attempt("string method", fn() => $s?->m());
attempt("int method", fn() => $i?->m());
attempt("false prop", fn() => $f?->p);
attempt("array method", fn() => $arr?->m());
attempt("missing method", fn() => (new A)?->nope());
attempt("missing prop", fn() => (new A)?->nope);
attempt("null then method", fn() => (new A)?->p?->m());
function byRef(&$x) { $x = 1; }
attempt("by reference", function () { $o = null; byRef($o?->p); return "sent"; });
?>
--EXPECTF--

Warning: Attempt to read property "p" on string in %s on line 14
NULL
string method: Error: Call to a member function m() on string
int method: Error: Call to a member function m() on int

Warning: Attempt to read property "p" on bool in %s on line 17
NULL
array method: Error: Call to a member function m() on array
missing method: Error: Call to undefined method A::nope()

Warning: Undefined property: A::$nope in %s on line 20
NULL
null then method: Error: Call to a member function m() on int
by reference: Error: byRef(): Argument #1 ($x) cannot be passed by reference
