--TEST--
iterator_to_array and iterator_count: Iterator, IteratorAggregate, generators, arrays, preserve_keys
--FILE--
<?php
class Counter implements Iterator {
    private $i = 0;
    function __construct(private array $items) {}
    function rewind(): void { echo "rewind\n"; $this->i = 0; }
    function valid(): bool { echo "valid\n"; return $this->i < count($this->items); }
    function current(): mixed { echo "current\n"; return $this->items[$this->i]; }
    function key(): mixed { echo "key\n"; return "k" . $this->i; }
    function next(): void { echo "next\n"; $this->i++; }
}
class Box implements IteratorAggregate {
    function getIterator(): Iterator { yield 'a' => 1; yield 'b' => 2; }
}
class Outer implements IteratorAggregate {
    function getIterator(): Traversable { return new Box(); }
}
var_dump(iterator_to_array(new Counter([10, 20])));
var_dump(iterator_to_array(new Counter([10, 20]), false));
var_dump(iterator_count(new Counter([10, 20, 30])));
var_dump(iterator_to_array(new Box()), iterator_to_array(new Outer(), false), iterator_count(new Box()));
function gen() {
    yield 'x' => 1;
    yield 'x' => 2;
    yield 3;
    yield 1.5 => 4;
    yield null => 5;
    yield true => 6;
    return 99;
}
var_dump(iterator_to_array(gen()));
var_dump(iterator_to_array(gen(), false));
var_dump(iterator_count(gen()));
var_dump(iterator_to_array([3 => 'a', 'b' => 'c']), iterator_to_array([3 => 'a', 'b' => 'c'], false), iterator_count([1, 2]));
function inner() { yield 1; yield 2; }
function outer() { yield 0; yield from inner(); yield 3; }
var_dump(iterator_to_array(outer(), false), iterator_to_array(outer(), true));
--EXPECTF--
rewind
valid
current
key
next
valid
current
key
next
valid
array(2) {
  ["k0"]=>
  int(10)
  ["k1"]=>
  int(20)
}
rewind
valid
current
next
valid
current
next
valid
array(2) {
  [0]=>
  int(10)
  [1]=>
  int(20)
}
rewind
valid
next
valid
next
valid
next
valid
int(3)
array(2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
int(2)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 30
array(4) {
  ["x"]=>
  int(2)
  [0]=>
  int(3)
  [1]=>
  int(6)
  [""]=>
  int(5)
}
array(6) {
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
  [5]=>
  int(6)
}
int(6)
array(2) {
  [3]=>
  string(1) "a"
  ["b"]=>
  string(1) "c"
}
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "c"
}
int(2)
array(4) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
  [3]=>
  int(3)
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
