--TEST--
$r = &$o->p and &$o->p[k]: references to properties and elements inside them
--FILE--
<?php
// A reference to a property, or to an element inside one.
$o = new stdClass;
$r = &$o->p;
var_dump($o);
$r = 5;
var_dump($o);
unset($r);
$o->p = 6;
var_dump($o);

class Box {
    public $items = ['a' => 1];
    private $hidden = 0;
    public function bumpHidden() { $h = &$this->hidden; $h++; return $this->hidden; }
}
$b = new Box;
$i = &$b->items['a'];
$i = 'changed';
$new = &$b->items['new']['deep'];
$new = true;
var_dump($b->items);
echo $b->bumpHidden(), $b->bumpHidden(), "\n";

// The copy of an object's array taken before the binding is not affected.
$copy = $b->items;
$i = 'again';
var_dump($copy['a'], $b->items['a']);

// Through $this and a chain of properties.
$outer = new stdClass;
$outer->inner = new stdClass;
$leaf = &$outer->inner->leaf;
$leaf = [1, 2];
var_dump($outer);

// Errors: a property of a non-object.
$n = null;
try {
    $bad = &$n->p;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$s = "str";
try {
    $bad = &$s->p;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECTF--
object(stdClass)#1 (1) {
  ["p"]=>
  &NULL
}
object(stdClass)#1 (1) {
  ["p"]=>
  &int(5)
}
object(stdClass)#1 (1) {
  ["p"]=>
  int(6)
}
array(2) {
  ["a"]=>
  &string(7) "changed"
  ["new"]=>
  array(1) {
    ["deep"]=>
    &bool(true)
  }
}
12
string(5) "again"
string(5) "again"
object(stdClass)#3 (1) {
  ["inner"]=>
  object(stdClass)#4 (1) {
    ["leaf"]=>
    &array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
Error: Attempt to modify property "p" on null
Error: Attempt to modify property "p" on string
