--TEST--
First-class callable syntax: errors
--FILE--
<?php
class A {
    private function hidden() {}
    public function visible() { return 1; }
    public function __call($n, $a) { return "magic $n(" . implode(',', $a) . ")"; }
    public static function __callStatic($n, $a) { return "static magic $n"; }
}
$a = new A;
$m = $a->anything(...);
echo $m(1, 2), "\n";
$s = A::other(...);
echo $s(), "\n";
foreach ([
    fn() => nope(...),
    fn() => (new A)->hidden(...),
    fn() => A::visible(...),
    fn() => Missing::f(...),
] as $i => $f) {
    try {
        $f();
        echo "$i: made\n";
    } catch (Error $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
magic anything(1,2)
static magic other
0: Error: Call to undefined function nope()
1: made
2: Error: Non-static method A::visible() cannot be called statically
3: Error: Class "Missing" not found
