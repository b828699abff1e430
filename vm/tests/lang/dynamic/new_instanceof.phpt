--TEST--
new and instanceof with elements, properties, static properties and expressions as classes
--FILE--
<?php
// new and instanceof with a class given by an element, a property, a
// static property or an expression.
class A {
    public $args;
    function __construct(...$args) { $this->args = $args; }
}
class B extends A {}
class Holder {
    public $cls = 'B';
    public static $stat = 'A';
}
$arr = ['k' => 'A', 'nested' => ['B']];
$h = new Holder;
var_dump(new $arr['k']);
var_dump(new $arr['nested'][0](1, 2));
var_dump(new $h->cls('x'));
var_dump(new Holder::$stat);
$hn = 'Holder';
var_dump(get_class(new $hn::$stat));
var_dump(new ('B')(3));
var_dump(get_class(new (get_class($h))));
$b = new B;
var_dump($b instanceof $h->cls, $b instanceof $arr['k'], $b instanceof Holder::$stat);
var_dump($b instanceof ('Holder'), (new A) instanceof $h->cls);
$obj = new A;
var_dump($b instanceof $obj);
--EXPECTF--
object(A)#2 (1) {
  ["args"]=>
  array(0) {
  }
}
object(B)#2 (1) {
  ["args"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
object(B)#2 (1) {
  ["args"]=>
  array(1) {
    [0]=>
    string(1) "x"
  }
}
object(A)#2 (1) {
  ["args"]=>
  array(0) {
  }
}
string(1) "A"
object(B)#2 (1) {
  ["args"]=>
  array(1) {
    [0]=>
    int(3)
  }
}
string(6) "Holder"
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
