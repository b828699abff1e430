--TEST--
functions: named argument errors: unknown, overwritten, positional after named; named constructor arguments
--FILE--
<?php
function f($a, $b = 2, ...$rest) { return "$a $b"; }
function g($a, $b) { return "$a $b"; }
$tests = [
    fn() => g(b: 1),
    fn() => g(1, a: 2),
    fn() => g(a: 1, a: 2),
    fn() => g(1, 2, c: 3),
    fn() => f(1, b: 2, b: 3),
];
foreach ($tests as $t) {
    try { var_dump($t()); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
class C { public function __construct(public int $x = 0, public int $y = 0) {} }
var_dump(new C(y: 5));
try { new C(z: 1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
ArgumentCountError: g(): Argument #1 ($a) not passed
Error: Named parameter $a overwrites previous argument
Error: Named parameter $a overwrites previous argument
Error: Unknown named parameter $c
Error: Named parameter $b overwrites previous argument
object(C)#7 (2) {
  ["x"]=>
  int(0)
  ["y"]=>
  int(5)
}
Error: Unknown named parameter $z
