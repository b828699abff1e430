--TEST--
include returns the file's return value, 1 without one, null for a bare return
--FILE--
<?php
var_dump(include __DIR__ . '/fixtures/returns_value.inc');
var_dump(include __DIR__ . '/fixtures/returns_nothing.inc');
var_dump($ran_returns_nothing);
var_dump(include __DIR__ . '/fixtures/returns_early.inc');
$early = true;
var_dump(include __DIR__ . '/fixtures/returns_early.inc');
// include is an expression: its value can be used directly.
$sum = (include __DIR__ . '/fixtures/returns_value.inc')['sum'] * 10;
var_dump($sum);
var_dump((require __DIR__ . '/fixtures/returns_value.inc')['from']);
--EXPECT--
array(2) {
  ["from"]=>
  string(17) "returns_value.inc"
  ["sum"]=>
  int(3)
}
int(1)
bool(true)
NULL
string(5) "early"
int(30)
string(17) "returns_value.inc"
