--TEST--
array writes through properties: append, keys, nesting, compound ops, clone separation, errors
--FILE--
<?php
class Bag {
    public $items = [];
    public $nested = ['a' => ['b' => 1]];
    private $counts = [];
    public function add($k, $v) {
        $this->items[] = $v;
        $this->items[$k] = $v;
        $this->counts[$k] = ($this->counts[$k] ?? 0) + 1;
        $this->counts[$k] += 10;
        $this->nested['a']['c'][] = $k;
        return $this;
    }
    public function counts() { return $this->counts; }
}
$b = new Bag;
$b->add('x', 1)->add('y', 2)->add('x', 3);
var_dump($b->items, $b->counts(), $b->nested);
$b->items['direct'] = true;
$b->nested['a']['b']++;
echo count($b->items), " ", $b->nested['a']['b'], "\n";
$copy = clone $b;
$copy->items[] = 'only in copy';
echo count($b->items), " ", count($copy->items), "\n";
var_dump($b);
$o = new stdClass;
$o->list[] = 1;
$o->map['k']['j'] = 2;
var_dump($o);
class Strict {}
$s = new Strict;
$s->dyn[] = 1;
var_dump($s->dyn);
try {
    $n = null;
    $n->p[] = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
class Hidden { private $secret = []; }
try {
    $h = new Hidden;
    $h->secret[] = 1;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
array(5) {
  [0]=>
  int(1)
  ["x"]=>
  int(3)
  [1]=>
  int(2)
  ["y"]=>
  int(2)
  [2]=>
  int(3)
}
array(2) {
  ["x"]=>
  int(22)
  ["y"]=>
  int(11)
}
array(1) {
  ["a"]=>
  array(2) {
    ["b"]=>
    int(1)
    ["c"]=>
    array(3) {
      [0]=>
      string(1) "x"
      [1]=>
      string(1) "y"
      [2]=>
      string(1) "x"
    }
  }
}
6 2
6 7
object(Bag)#1 (3) {
  ["items"]=>
  array(6) {
    [0]=>
    int(1)
    ["x"]=>
    int(3)
    [1]=>
    int(2)
    ["y"]=>
    int(2)
    [2]=>
    int(3)
    ["direct"]=>
    bool(true)
  }
  ["nested"]=>
  array(1) {
    ["a"]=>
    array(2) {
      ["b"]=>
      int(2)
      ["c"]=>
      array(3) {
        [0]=>
        string(1) "x"
        [1]=>
        string(1) "y"
        [2]=>
        string(1) "x"
      }
    }
  }
  ["counts":"Bag":private]=>
  array(2) {
    ["x"]=>
    int(22)
    ["y"]=>
    int(11)
  }
}
object(stdClass)#3 (2) {
  ["list"]=>
  array(1) {
    [0]=>
    int(1)
  }
  ["map"]=>
  array(1) {
    ["k"]=>
    array(1) {
      ["j"]=>
      int(2)
    }
  }
}

Deprecated: Creation of dynamic property Strict::$dyn is deprecated in %s on line 32
array(1) {
  [0]=>
  int(1)
}
Error: Attempt to modify property "p" on null
Error: Cannot access private property Hidden::$secret
