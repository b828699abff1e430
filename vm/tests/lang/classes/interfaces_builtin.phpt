--TEST--
interfaces: the built-in ones exist, Stringable is implicit, Throwable covers Exception and Error
--FILE--
<?php
class Name {
    public function __toString(): string { return "a name"; }
}
class Plain {}
class Box implements Countable, ArrayAccess {
    private $items = [];
    public function count(): int { return count($this->items); }
    public function offsetExists($k): bool { return isset($this->items[$k]); }
    public function offsetGet($k): mixed { return $this->items[$k]; }
    public function offsetSet($k, $v): void { $a = $this->items; $a[$k] = $v; $this->items = $a; }
    public function offsetUnset($k): void { $a = $this->items; unset($a[$k]); $this->items = $a; }
}
class Numbers implements Iterator {
    private $i = 0;
    public function current(): mixed { return $this->i * 10; }
    public function key(): mixed { return $this->i; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < 3; }
}
class Wrapper implements IteratorAggregate {
    public function getIterator(): Iterator { return new Numbers; }
}

var_dump(new Name instanceof Stringable, new Plain instanceof Stringable);
function show(Stringable $s) { echo "show: ", $s, "\n"; }
show(new Name);

$b = new Box;
var_dump($b instanceof Countable, $b instanceof ArrayAccess, $b instanceof Traversable);
$b->offsetSet("x", 1);
var_dump($b->count(), $b->offsetExists("x"), $b->offsetGet("x"));

$n = new Numbers;
var_dump($n instanceof Iterator, $n instanceof Traversable, $n instanceof IteratorAggregate);
for ($n->rewind(); $n->valid(); $n->next()) {
    echo $n->key(), " => ", $n->current(), "\n";
}
$w = new Wrapper;
var_dump($w instanceof IteratorAggregate, $w instanceof Traversable, $w->getIterator() instanceof Iterator);

$e = new Exception("e");
$r = new TypeError("t");
var_dump($e instanceof Throwable, $r instanceof Throwable, $e instanceof Stringable, $r instanceof Stringable);
var_dump(new Plain instanceof Throwable);
function handle(Throwable $t) { return get_class($t) . ": " . $t->getMessage(); }
echo handle($e), "\n", handle(new DivisionByZeroError("zero")), "\n";
try {
    intdiv(1, 0);
} catch (Throwable $t) {
    echo "caught ", handle($t), "\n";
}
?>
--EXPECT--
bool(true)
bool(false)
show: a name
bool(true)
bool(true)
bool(false)
int(1)
bool(true)
int(1)
bool(true)
bool(true)
bool(false)
0 => 0
1 => 10
2 => 20
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
Exception: e
DivisionByZeroError: zero
caught DivisionByZeroError: Division by zero
