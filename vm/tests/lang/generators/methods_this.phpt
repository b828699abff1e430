--TEST--
generators: methods and closures using $this, static generator methods, IteratorAggregate
--FILE--
<?php
class Collection implements IteratorAggregate {
    private array $items = [];
    public function __construct(private string $name) {}
    public function add($x): static { $this->items[] = $x; return $this; }
    public function getIterator(): Generator {
        foreach ($this->items as $i => $x) yield "{$this->name}[$i]" => $x;
    }
    public function mapped(callable $f): Generator {
        foreach ($this as $k => $v) yield $k => $f($v);
    }
    public static function repeat($x, int $n): Generator { for ($i = 0; $i < $n; $i++) yield $x; }
    public function live(): Generator {
        // $this is shared: changes made between steps are visible
        for ($i = 0; $i < count($this->items); $i++) yield $this->items[$i];
    }
}
$c = (new Collection('c'))->add(1)->add(2);
foreach ($c as $k => $v) echo "$k => $v\n";
foreach ($c->mapped(fn($v) => $v * 100) as $k => $v) echo "$k => $v\n";
echo implode(',', iterator_to_array(Collection::repeat('z', 3))), "\n";
$live = $c->live();
echo $live->current(), "\n";
$c->add(3);
$live->next(); echo $live->current(), "\n";
$live->next(); echo $live->current(), "\n";
// a generator closure bound to an object
class Named { public $name = 'named'; public function maker() { return function () { yield $this->name; yield static::class; }; } }
class SubNamed extends Named {}
$g = (new SubNamed)->maker()();
echo get_class($g), "\n";
foreach ($g as $v) echo $v, "\n";
--EXPECTF--
c[0] => 1
c[1] => 2
c[0] => 100
c[1] => 200
z,z,z
1
2
3
Generator
named
SubNamed
