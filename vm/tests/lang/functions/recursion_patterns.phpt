--TEST--
functions: recursion: mutual, deep, closures by reference, permutations
--FILE--
<?php
function fact(int $n): int { return $n <= 1 ? 1 : $n * fact($n - 1); }
var_dump(fact(20));
function ackermann($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ackermann($m - 1, 1);
    return ackermann($m - 1, ackermann($m, $n - 1));
}
var_dump(ackermann(2, 3));
function isEven($n) { return $n == 0 ? true : isOdd($n - 1); }
function isOdd($n) { return $n == 0 ? false : isEven($n - 1); }
var_dump(isEven(10), isOdd(7));
function flatten(array $a): array {
    $out = [];
    foreach ($a as $v) is_array($v) ? array_push($out, ...flatten($v)) : $out[] = $v;
    return $out;
}
echo implode(',', flatten([1, [2, [3, [4]], 5], [[6]]])), "\n";
$fib = function ($n) use (&$fib) { return $n < 2 ? $n : $fib($n - 1) + $fib($n - 2); };
var_dump($fib(15));
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
var_dump(depth(5000));
function permute(array $items): array {
    if (count($items) <= 1) return [$items];
    $out = [];
    foreach ($items as $i => $x) {
        $rest = $items; unset($rest[$i]);
        foreach (permute(array_values($rest)) as $p) $out[] = [$x, ...$p];
    }
    return $out;
}
foreach (permute(['a', 'b', 'c']) as $p) echo implode($p), " ";
echo "\n";
--EXPECTF--
int(2432902008176640000)
int(9)
bool(true)
bool(true)
1,2,3,4,5,6
int(610)
int(5000)
abc acb bac bca cab cba 
