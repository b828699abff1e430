--TEST--
generators: infinite generators consumed with limits and in chunks
--FILE--
<?php
function naturals() { $i = 0; while (true) yield $i++; }
function take(iterable $it, int $n) {
    if ($n <= 0) return;
    foreach ($it as $k => $v) {
        yield $k => $v;
        if (--$n == 0) return;
    }
}
function fib() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
echo implode(' ', iterator_to_array(take(naturals(), 5), false)), "\n";
echo implode(' ', iterator_to_array(take(fib(), 15), false)), "\n";
var_dump(iterator_to_array(take(fib(), 0)));
// first value above a limit, then stop consuming
foreach (fib() as $i => $f) { if ($f > 1000) { echo "fib #$i = $f\n"; break; } }
// the same infinite generator consumed in chunks
$n = naturals();
foreach (take($n, 3) as $v) echo $v;
echo "|";
$n->next();
foreach (take($n, 3) as $v) echo $v;
echo "\n";
--EXPECTF--
0 1 2 3 4
0 1 1 2 3 5 8 13 21 34 55 89 144 233 377
array(0) {
}
fib #17 = 1597
012|
Fatal error: Uncaught Exception: Cannot rewind a generator that was already run in %s:5
Stack trace:
#0 %s(21): take(Object(Generator), 3)
#1 {main}
  thrown in %s on line 5
