--TEST--
First-class callable syntax: from callable
--FILE--
<?php
class Counter {
    private int $n = 0;
    private function bump(int $by) { $this->n += $by; return $this->n; }
    public function bumper(): Closure { return Closure::fromCallable([$this, 'bump']); }
}
$c = new Counter;
$b = $c->bumper();
echo $b(2), " ", $b(3), "\n";
$t = Closure::fromCallable('trim');
var_dump($t('  x  '));
$r = Closure::fromCallable(fn($x) => $x + 1);
echo $r(1), "\n";
try {
    Closure::fromCallable('no_such_function');
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
echo $compose(trim(...), strrev(...), strtoupper(...))('  abc '), "\n";
--EXPECTF--
2 5
string(1) "x"
2
TypeError: Failed to create closure from callable: function "no_such_function" not found or invalid function name
CBA
