--TEST--
arrow functions capture by value, nest, and serve as callbacks
--FILE--
<?php
$y = 5;
$mul = fn($x) => $x * $y;
echo $mul(3), "\n";
$y = 100; // captured when created
echo $mul(3), "\n";

// nested arrow functions capture through each level
$z = 2;
$f = fn($a) => fn($b) => $a + $b + $z;
echo $f(1)(10), "\n";

// an arrow function cannot change the outer variable
$c = 1;
$g = fn() => $c++;
echo $g(), $g(), " ", $c, "\n";

// undefined variables are not captured and not warned at creation
$h = fn() => isset($nothere) ? "set" : "unset";
echo $h(), "\n";

echo implode(",", array_map(fn($v) => $v * $v, [1, 2, 3])), "\n";
$k = 10;
echo implode(",", array_filter([5, 15, 25], fn($v) => $v > $k)), "\n";
$list = [3, 1, 2];
usort($list, fn($a, $b) => $b <=> $a);
echo implode(",", $list), "\n";
$s = static fn(int ...$n) => array_sum($n);
echo $s(1, 2, 3), "\n";
--EXPECTF--
15
15
13
11 1
unset
1,4,9
15,25
3,2,1
6
