--TEST--
callable strings, arrays and closures; call_user_func, is_callable, func_get_args
--FILE--
<?php
function twice($v) { return $v * 2; }
class M { static function half($v) { return $v / 2; } function neg($v) { return -$v; } }

echo call_user_func('twice', 4), "\n";
echo call_user_func('strtoupper' === 'x' ? 'x' : 'strlen', "abc"), "\n";
echo call_user_func_array('twice', [21]), "\n";
echo call_user_func(['M', 'half'], 9), "\n";
echo call_user_func('M::half', 7), "\n";
echo call_user_func([new M, 'neg'], 3), "\n";
echo call_user_func_array(fn($a, $b) => $a . $b, ["x", "y"]), "\n";

$name = 'twice';
echo $name(8), "\n";
$pair = ['M', 'half'];
echo $pair(1), "\n";
$inst = [new M, 'neg'];
echo $inst(5), "\n";

var_dump(is_callable('twice'), is_callable('strlen'), is_callable('nope'));
var_dump(is_callable(['M', 'half']), is_callable(['M', 'nope']), is_callable(fn() => 1));
var_dump(is_callable(42), is_callable([1, 2]));

function sum() { return array_sum(func_get_args()) . "/" . func_num_args(); }
echo sum(), " ", sum(1, 2, 3), "\n";
function defaults($a, $b = 2) { return func_get_args(); }
var_dump(defaults(1));

function typed(callable $c) { return $c(2); }
echo typed('twice'), typed(fn($x) => $x + 1), "\n";
try {
    typed('nope');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
8
3
42
4.5
3.5
-3
xy
16
0.5
-5
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
0/0 6/3
array(1) {
  [0]=>
  int(1)
}
43
TypeError: typed(): Argument #1 ($c) must be of type callable, string given, called in %s on line 32
