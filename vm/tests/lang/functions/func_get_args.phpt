--TEST--
functions: func_get_args, func_num_args and func_get_arg with errors
--FILE--
<?php
function f($a, $b = 'B') {
    var_dump(func_num_args(), func_get_args());
    $a = 'changed';
    var_dump(func_get_arg(0));
}
f(1);
f(1, 2, 3, 4);
function g() { return array_sum(func_get_args()); }
var_dump(g(1, 2, 3));
function h(...$rest) { return func_num_args(); }
var_dump(h(), h(1, 2));
try { func_get_args(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
function k() { return func_get_arg(5); }
try { k(1); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(1)
array(1) {
  [0]=>
  int(1)
}
string(7) "changed"
int(4)
array(4) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
}
string(7) "changed"
int(6)
int(0)
int(2)
func_get_args() cannot be called from the global scope
func_get_arg(): Argument #1 ($position) must be less than the number of the arguments passed to the currently executed function
