--TEST--
closures binding $this, static closures, captures per iteration, composition, memoisation with static and references
--FILE--
<?php
class Counter {
    private $count = 0;
    public function incrementer(): Closure {
        return function ($by = 1) { $this->count += $by; return $this->count; };
    }
    public function arrow(): Closure { return fn() => $this->count * 10; }
    public static function factory(): Closure { return static fn() => new static(); }
    public function get() { return $this->count; }
}
$c = new Counter;
$inc = $c->incrementer();
$inc(); $inc(5);
echo $c->get(), " ", ($c->arrow())(), "\n";
var_dump(get_class((Counter::factory())()));
$makeAdders = [];
foreach ([1, 2, 3] as $n) {
    $makeAdders[] = fn($x) => $x + $n;
}
echo implode(",", array_map(fn($f) => $f(10), $makeAdders)), "\n";
$log = [];
$logger = function ($msg) use (&$log) { $log[] = strtoupper($msg); };
array_map($logger, ['a', 'b']);
echo implode("", $log), "\n";
$compose = fn(callable ...$fs) => fn($x) => array_reduce($fs, fn($acc, $f) => $f($acc), $x);
$pipeline = $compose('trim', 'strrev', fn($s) => "[$s]");
echo $pipeline("  abc "), "\n";
$memo = function ($n) use (&$memo) {
    static $cache = [];
    if ($n < 2) return $n;
    return $cache[$n] ??= $memo($n - 1) + $memo($n - 2);
};
echo $memo(50), "\n";
$counter = function () { static $calls = 0; return ++$calls; };
$counter(); $counter();
echo $counter(), "\n";
--EXPECTF--
6 60
string(7) "Counter"
11,12,13
AB
[cba]
12586269025
3
