--TEST--
closures capture by value and by reference
--FILE--
<?php
$x = 10;
$add = function ($a) use ($x) { return $a + $x; };
$x = 99; // captured by value at creation
echo $add(5), "\n";

$n = 0;
$inc = function () use (&$n) { $n++; return $n; };
$inc(); $inc();
echo $n, " ", $inc(), "\n";

// a by-value capture is a copy the closure can change
$count = 1;
$bump = function () use ($count) { $count++; return $count; };
echo $bump(), $bump(), " ", $count, "\n";

// arrays are captured by value (copy on write)
$arr = [1, 2];
$push = function ($v) use ($arr) { $arr[] = $v; return count($arr); };
echo $push(3), " ", count($arr), "\n";

// recursion through a by-reference capture of itself
$fact = function ($n) use (&$fact) { return $n <= 1 ? 1 : $n * $fact($n - 1); };
echo $fact(10), "\n";

// closures returning closures
$adder = function ($k) { return function ($v) use ($k) { return $v + $k; }; };
$add3 = $adder(3);
echo $add3(4), " ", $adder(10)(5), "\n";

// an undefined captured variable warns at creation and is null
$f = function () use ($missing) { var_dump($missing); };
$f();

// default parameters and types inside closures
$g = function (int $a, string $sep = "-", ...$rest) { return $a . $sep . implode(",", $rest); };
echo $g(1), " ", $g(2, "+", "x", "y"), "\n";
var_dump($add instanceof Closure, gettype($add));
--EXPECTF--
15
2 3
22 1
3 2
3628800
7 15

Warning: Undefined variable $missing in %s on line 32
NULL
1- 2+x,y
bool(true)
string(6) "object"
