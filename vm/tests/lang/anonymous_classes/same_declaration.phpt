--TEST--
One anonymous class declaration is one class however often it runs
--FILE--
<?php
// One declaration is one class, however often it runs: its static
// members are shared by every object it made.
function make(int $i) {
    return new class($i) {
        public static int $count = 0;
        const KIND = "made";
        public function __construct(public int $i) { static::$count++; }
        public static function count(): int { return self::$count; }
    };
}
$a = make(1);
$b = make(2);
var_dump(get_class($a) === get_class($b), $a instanceof $b);
echo $a->count(), " ", $b->count(), " ", constant(get_class($b) . "::KIND"), "\n";

$objs = [];
for ($i = 0; $i < 3; $i++) {
    $objs[] = new class { public static $seen = []; function add($v) { static::$seen[] = $v; } function all() { return self::$seen; } };
    $objs[$i]->add($i);
}
var_dump(count(array_unique(array_map('get_class', $objs))));
var_dump($objs[2]->all());

// Two declarations on one line are two classes.
$x = new class {}; $y = new class {};
var_dump(get_class($x) === get_class($y));

// A declaration in a method, called on two objects, is one class too.
class Factory {
    public function product() {
        return new class($this) {
            public function __construct(public Factory $from) {}
        };
    }
}
$f1 = new Factory;
$f2 = new Factory;
$p1 = $f1->product();
$p2 = $f2->product();
var_dump(get_class($p1) === get_class($p2), $p1->from === $f1, $p2->from === $f2);

// A static variable in a method is shared by the class's objects.
$counter = fn() => new class { function next() { static $n = 0; return ++$n; } };
$c1 = $counter();
$c2 = $counter();
echo $c1->next(), $c1->next(), $c2->next(), "\n";
--EXPECTF--
bool(true)
bool(true)
2 2 made
int(1)
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(1)
  [2]=>
  int(2)
}
bool(false)
bool(true)
bool(true)
bool(true)
123
