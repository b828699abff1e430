--TEST--
generators: auto keys follow the largest integer key; string, negative, float, null and array keys
--FILE--
<?php
// Auto keys continue after the largest integer key, like array appends.
function g() {
    yield 'a';
    yield 5 => 'b';
    yield 'c';
    yield 'k' => 'd';
    yield 'e';
    yield -3 => 'f';
    yield 'g';
    yield 2.5 => 'float key';
    yield null => 'null key';
    yield [1] => 'array key';
}
foreach (g() as $k => $v) {
    var_dump($k);
    echo "  => $v\n";
}
--EXPECTF--
int(0)
  => a
int(5)
  => b
int(6)
  => c
string(1) "k"
  => d
int(7)
  => e
int(-3)
  => f
int(8)
  => g
float(2.5)
  => float key
NULL
  => null key
array(1) {
  [0]=>
  int(1)
}
  => array key
