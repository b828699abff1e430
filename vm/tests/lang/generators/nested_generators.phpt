--TEST--
generators: generators made and driven inside generators, pipelines and recursive yield from
--FILE--
<?php
function letters() { yield 'a'; yield 'b'; }
function pairs() {
    foreach ([1, 2] as $n) {
        // a fresh inner generator per outer step
        foreach (letters() as $l) yield "$n$l";
    }
}
echo implode(',', iterator_to_array(pairs(), false)), "\n";

function mapGen(callable $f, iterable $it) { foreach ($it as $k => $v) yield $k => $f($v); }
function filterGen(callable $p, iterable $it) { foreach ($it as $k => $v) if ($p($v)) yield $k => $v; }
function range_gen($a, $b) { for ($i = $a; $i <= $b; $i++) yield $i; }
$it = mapGen(fn($x) => $x * $x, filterGen(fn($x) => $x % 2, range_gen(1, 9)));
foreach ($it as $k => $v) echo "$k:$v ";
echo "\n";

// a generator created and driven inside another generator's body
function driver() {
    $inner = range_gen(1, 3);
    while ($inner->valid()) {
        $x = yield $inner->current() * 10;
        echo "driver got ", var_export($x, true), "\n";
        $inner->next();
    }
    return 'driver done';
}
$d = driver();
foreach ($d as $v) echo "out $v\n";
echo $d->getReturn(), "\n";

// recursive generators
function tree($node, $depth = 0) {
    yield str_repeat('  ', $depth) . $node['name'];
    foreach ($node['children'] ?? [] as $c) yield from tree($c, $depth + 1);
}
$t = ['name' => 'root', 'children' => [['name' => 'a', 'children' => [['name' => 'a1']]], ['name' => 'b']]];
foreach (tree($t) as $line) echo $line, "\n";
--EXPECTF--
1a,1b,2a,2b
0:1 2:9 4:25 6:49 8:81 
out 10
driver got NULL
out 20
driver got NULL
out 30
driver got NULL
driver done
root
  a
    a1
  b
