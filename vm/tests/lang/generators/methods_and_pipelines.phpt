--TEST--
generators as methods with $this, infinite generators with break, generator pipelines, send through yield from
--FILE--
<?php
class Paginator {
    public function __construct(private array $items, private int $per) {}
    public function pages(): Generator {
        $page = [];
        foreach ($this->items as $i => $item) {
            $page[] = $item;
            if (count($page) === $this->per) {
                $sent = yield intdiv($i, $this->per) => $page;
                if ($sent === 'stop') return "stopped";
                $page = [];
            }
        }
        if ($page) yield intdiv(count($this->items) - 1, $this->per) => $page;
        return "all";
    }
    public static function numbers(int $from): Generator {
        while (true) yield $from++;
    }
}
$p = new Paginator(range(1, 7), 3);
foreach ($p->pages() as $n => $page) echo $n, ": ", implode(",", $page), "\n";
$g = $p->pages();
echo implode(",", $g->current()), "\n";
$g->send('stop');
var_dump($g->valid(), $g->getReturn());
$taken = [];
foreach (Paginator::numbers(10) as $n) {
    if ($n > 14) break;
    $taken[] = $n;
}
echo implode(" ", $taken), "\n";
function take(iterable $it, int $n): Generator {
    foreach ($it as $k => $v) {
        if ($n-- <= 0) return;
        yield $k => $v;
    }
}
function mapped(callable $f, iterable $it): Generator {
    foreach ($it as $k => $v) yield $k => $f($v);
}
echo implode(",", iterator_to_array(take(mapped(fn($x) => $x ** 2, Paginator::numbers(1)), 5), false)), "\n";
function inner() { $x = yield 1; echo "inner got $x\n"; yield 2; return 3; }
function outer() { $r = yield from inner(); echo "inner returned $r\n"; return $r * 10; }
$o = outer();
foreach ($o as $k => $v) echo "$k => $v\n";
echo $o->getReturn(), "\n";
$o2 = outer();
$o2->current();
$o2->send("hello");
--EXPECTF--
0: 1,2,3
1: 4,5,6
2: 7
1,2,3
bool(false)
string(7) "stopped"
10 11 12 13 14
1,4,9,16,25
0 => 1
inner got 
1 => 2
inner returned 3
30
inner got hello
