--TEST--
Array literals: ... spread of arrays and Traversables
--FILE--
<?php
$a = [1, 2];
$b = [3, 4];
var_dump([...$a, ...$b, 5]);
var_dump([0, ...$a, ...[], ...$b]);
var_dump([...['x' => 1, 'y' => 2], ...['y' => 3, 7]]);
function gen() { yield 'k' => 'a'; yield 5 => 'b'; }
var_dump([...gen()]);
class Bag implements IteratorAggregate { public function getIterator(): Iterator { yield 10; yield 20; } }
var_dump([...new Bag]);
$nested = [...[...$a, ...$b], ...$a];
echo implode(',', $nested), "\n";
function sum(...$n) { return array_sum($n); }
echo sum(...[...$a, ...$b]), "\n";
try {
    $n = null; var_dump([...$n]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $i = 42; var_dump([...$i]);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
array(5) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
  [3]=>
  int(4)
  [4]=>
  int(5)
}
array(5) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
}
array(3) {
  ["x"]=>
  int(1)
  ["y"]=>
  int(3)
  [0]=>
  int(7)
}
array(2) {
  ["k"]=>
  string(1) "a"
  [0]=>
  string(1) "b"
}
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
1,2,3,4,1,2
10
Error: Only arrays and Traversables can be unpacked
Error: Only arrays and Traversables can be unpacked
