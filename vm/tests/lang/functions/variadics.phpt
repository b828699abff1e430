--TEST--
variadic parameters and argument unpacking
--FILE--
<?php
function sum(...$nums) { return array_sum($nums) . " of " . count($nums); }
echo sum(), "\n", sum(1), "\n", sum(1, 2, 3), "\n";

function head($first, ...$rest) { var_dump($first, $rest); }
head(1);
head(1, 2, 3);

function typed(string $sep, int ...$n) { return implode($sep, $n); }
echo typed("-", 1, "2", 3.0), "\n";
try {
    typed(",", 1, "x");
} catch (TypeError $e) {
    echo $e->getMessage(), "\n";
}

// spreading arrays into calls
$args = [3, 4];
echo sum(...$args), "\n";
echo sum(1, ...$args), "\n";
echo sum(...$args, ...[5, 6]), "\n";
echo max(...[4, 9, 2]), "\n";
echo str_repeat(...["ab", 3]), "\n";
function pair($a, $b = "B") { return "$a/$b"; }
echo pair(...["x"]), " ", pair(...["x", "y"]), "\n";
echo sum(...[]), "\n";

// func_get_args sees every argument
function all($a, ...$more) { return func_get_args(); }
var_dump(all(1, 2, 3));

// by-reference variadics
function incr(&...$refs) { foreach ($refs as &$r) { $r++; } }
$p = 1; $q = 10;
incr($p, $q);
echo "$p $q\n";

// closures with variadics
$join = fn(string ...$parts) => implode("+", $parts);
echo $join("a", "b", "c"), "\n";
try {
    sum(...5);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
0 of 0
1 of 1
6 of 3
int(1)
array(0) {
}
int(1)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
1-2-3
typed(): Argument #3 must be of type int, string given, called in %s on line 12
7 of 2
8 of 3
18 of 4
9
ababab
x/B x/y
0 of 0
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
2 11
a+b+c
TypeError: Only arrays and Traversables can be unpacked
