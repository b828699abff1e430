--TEST--
Closures: bind, bindTo and call ($this, scope, static closures)
--FILE--
<?php
class Counter {
    private int $count = 0;
    protected static string $label = 'counter';
}
$peek = function () { return $this->count; };
$bump = function (int $by) { $this->count += $by; return $this->count; };
$c = new Counter;
$bound = Closure::bind($peek, $c, Counter::class);
echo $bound(), "\n";
$inc = $bump->bindTo($c, $c);
echo $inc(5), " ", $inc(2), "\n";
echo $peek->call($c), "\n";
echo $bump->call($c, 10), "\n";
$label = static fn() => static::$label;
$labelFor = Closure::bind($label, null, Counter::class);
echo $labelFor(), "\n";
// bindTo keeps the scope when only $this changes.
$scoped = $peek->bindTo($c, Counter::class);
$other = new Counter;
echo $scoped->bindTo($other)(), "\n";
// An unbound closure reading $this.
try {
    $peek();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// Private access without the class scope.
try {
    $peek->bindTo($c)();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$static = static function () { return 1; };
var_dump(@$static->bindTo($c));
var_dump($static->bindTo($c));
--EXPECTF--
0
5 7
7
17
counter
0
Error: Using $this when not in object context
Error: Cannot access private property Counter::$count
NULL

Warning: Cannot bind an instance to a static closure in %s on line 36
NULL
