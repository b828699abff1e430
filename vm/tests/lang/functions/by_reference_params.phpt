--TEST--
functions: by-reference parameters on variables, undefined variables, elements, defaults, variadics; literals are an Error
--FILE--
<?php
function inc(&$x) { $x++; }
$a = 1; inc($a); inc($a); var_dump($a);
// an undefined variable is created by passing it by reference
inc($undef); var_dump($undef);
// array elements and properties
$arr = ['n' => 1]; inc($arr['n']); inc($arr['new']); var_dump($arr);

// references with defaults
function setDefault(&$x = 5) { $x = ($x ?? 0) * 2; return $x; }
var_dump(setDefault());
$d = 4; setDefault($d); var_dump($d);
// swap
function swap(&$x, &$y) { [$x, $y] = [$y, $x]; }
$p = 'p'; $q = 'q'; swap($p, $q); echo "$p $q\n";
// by-ref variadics
function incAll(&...$xs) { foreach ($xs as &$x) $x++; }
$m = 1; $n = 2; incAll($m, $n); echo "$m $n\n";
// passing a literal by reference is an Error
try { inc(5); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
int(3)
int(1)
array(2) {
  ["n"]=>
  int(2)
  ["new"]=>
  int(1)
}
int(10)
int(8)
q p
2 3
Error: inc(): Argument #1 ($x) cannot be passed by reference
