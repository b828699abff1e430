--TEST--
is_nan, is_finite and is_infinite
--FILE--
<?php
foreach ([0, 1.5, -0.0, NAN, INF, -INF, PHP_FLOAT_MAX, PHP_FLOAT_MAX * 2, "1e400", "12", sqrt(-1), true] as $v) {
    var_dump([is_nan($v), is_finite($v), is_infinite($v)]);
}
try { is_nan("nan"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { is_finite([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { is_infinite(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_nan(null));
--EXPECTF--
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(false)
  [2]=>
  bool(true)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(true)
  [1]=>
  bool(false)
  [2]=>
  bool(false)
}
array(3) {
  [0]=>
  bool(false)
  [1]=>
  bool(true)
  [2]=>
  bool(false)
}
is_nan(): Argument #1 ($num) must be of type float, string given
is_finite(): Argument #1 ($num) must be of type float, array given
is_infinite() expects exactly 1 argument, 0 given

Deprecated: is_nan(): Passing null to parameter #1 ($num) of type float is deprecated in %s on line 8
bool(false)
