--TEST--
generators: yield from generators, arrays, Iterators and IteratorAggregates keeps the inner keys; its result; a non-iterable is an Error
--FILE--
<?php
class Pairs implements Iterator {
    private $i = 0;
    public function __construct(private array $k, private array $v) {}
    public function rewind(): void { echo "(rewind)"; $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->k); }
    public function current(): mixed { return $this->v[$this->i]; }
    public function key(): mixed { return $this->k[$this->i]; }
    public function next(): void { $this->i++; }
}
function inner() { yield 1; yield 2; return 'r'; }
function outer() {
    yield 0;
    $r = yield from inner();
    yield $r;
    yield from [10, 20];
    yield from ['a' => 'A', 'b' => 'B'];
    yield from new Pairs(['x', 5], ['X', 'five']);
    yield 'after';
}
// keys of yield from are the inner keys, so they repeat
foreach (outer() as $k => $v) echo var_export($k, true), " => $v\n";
echo "--- iterator_to_array keeps last per key\n";
var_dump(iterator_to_array(outer()));
echo "--- without keys\n";
var_dump(iterator_to_array(outer(), false));

// yield from an IteratorAggregate
class Bag implements IteratorAggregate {
    public function getIterator(): Iterator { return new Pairs(['p', 'q'], [1, 2]); }
}
function fromAgg() { $r = yield from new Bag; var_dump($r); return 'done'; }
$g = fromAgg();
foreach ($g as $k => $v) echo "$k=$v\n";
var_dump($g->getReturn());

// yield from a non-iterable
function bad() { yield from 42; }
try { foreach (bad() as $v) {} } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// an IteratorAggregate whose iterator is a generator
class Lazy implements IteratorAggregate {
    public function getIterator(): Generator { yield 'g1'; yield 'g2'; return 'lazy ret'; }
}
function fromLazy() { $r = yield from new Lazy; echo "got $r\n"; }
foreach (fromLazy() as $k => $v) echo "$k=$v\n";
--EXPECTF--
0 => 0
0 => 1
1 => 2
1 => r
0 => 10
1 => 20
'a' => A
'b' => B
(rewind)'x' => X
5 => five
2 => after
--- iterator_to_array keeps last per key
(rewind)array(7) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  ["a"]=>
  string(1) "A"
  ["b"]=>
  string(1) "B"
  ["x"]=>
  string(1) "X"
  [5]=>
  string(4) "five"
  [2]=>
  string(5) "after"
}
--- without keys
(rewind)array(11) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  string(1) "r"
  [4]=>
  int(10)
  [5]=>
  int(20)
  [6]=>
  string(1) "A"
  [7]=>
  string(1) "B"
  [8]=>
  string(1) "X"
  [9]=>
  string(4) "five"
  [10]=>
  string(5) "after"
}
(rewind)p=1
q=2
NULL
string(4) "done"
Error: Can use "yield from" only with arrays and Traversables
0=g1
1=g2
got 
