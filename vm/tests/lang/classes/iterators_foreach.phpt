--TEST--
built-in interfaces: foreach over Iterator and IteratorAggregate, count() of Countable
--FILE--
<?php
class Range implements Iterator {
    private $i;
    public function __construct(private int $from, private int $to) { $this->i = $from; }
    public function rewind(): void { echo "rewind\n"; $this->i = $this->from; }
    public function valid(): bool { echo "valid\n"; return $this->i <= $this->to; }
    public function current(): mixed { echo "current\n"; return $this->i * 10; }
    public function key(): mixed { echo "key\n"; return "k" . $this->i; }
    public function next(): void { echo "next\n"; $this->i++; }
}
foreach (new Range(1, 2) as $k => $v) {
    echo "$k => $v\n";
}
foreach (new Range(5, 4) as $v) {
    echo "never\n";
}
foreach (new Range(1, 3) as $v) {
    echo "got $v\n";
    if ($v == 20) break;
}

class Bag implements IteratorAggregate, Countable {
    private $items = [];
    public function add($x) { $items = $this->items; $items[] = $x; $this->items = $items; return $this; }
    public function getIterator(): Iterator { return new ArrayLikeIterator($this->items); }
    public function count(): int { return count($this->items); }
}
class ArrayLikeIterator implements Iterator {
    private $keys;
    private $pos = 0;
    public function __construct(private array $data) { $this->keys = array_keys($data); }
    public function rewind(): void { $this->pos = 0; }
    public function valid(): bool { return $this->pos < count($this->keys); }
    public function current(): mixed { return $this->data[$this->keys[$this->pos]]; }
    public function key(): mixed { return $this->keys[$this->pos]; }
    public function next(): void { $this->pos++; }
}
class Outer implements IteratorAggregate {
    public function getIterator(): Traversable { return (new Bag)->add("nested"); }
}

$bag = (new Bag)->add("a")->add("b")->add("c");
var_dump(count($bag), $bag instanceof Countable);
foreach ($bag as $i => $item) {
    echo "$i: $item\n";
}
foreach ($bag as $x) {
    foreach ($bag as $y) {
        echo $x, $y, " ";
    }
}
echo "\n";
foreach (new Outer as $k => $v) {
    echo "$k: $v\n";
}

class Plain { public $a = 1; protected $b = 2; public $c = 3; }
foreach (new Plain as $k => $v) {
    echo "$k=$v ";
}
echo "\n";
try {
    count(new Plain);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
rewind
valid
current
key
k1 => 10
next
valid
current
key
k2 => 20
next
valid
rewind
valid
rewind
valid
current
got 10
next
valid
current
got 20
int(3)
bool(true)
0: a
1: b
2: c
aa ab ac ba bb bc ca cb cc 
0: nested
a=1 c=3 
TypeError: count(): Argument #1 ($value) must be of type Countable|array, Plain given
