--TEST--
class and object introspection: *_exists, get_object_vars, get_class_methods, get_parent_class, is_a, is_subclass_of, class_implements, spl_object_*
--FILE--
<?php
interface Shape { function area(); }
interface Named extends Shape {}
abstract class Base implements Named {
    public $pub = 1;
    protected $prot = 2;
    private $priv = 3;
    public static $count = 0;
    public function area() { return 0; }
    protected function helper() {}
    private function secret() {}
    public static function make() { return new static(); }
    public function vars() { return get_object_vars($this); }
    public function methods() { return get_class_methods($this); }
    public static function called() { return get_called_class(); }
    public function parentOf() { return get_parent_class(); }
}
class Square extends Base {
    public $side = 4;
    private $own = 5;
    public function area() { return $this->side ** 2; }
    public function squareVars() { return get_object_vars($this); }
    public function parentOf() { return get_parent_class(); }
}
$s = new Square();
$s->dyn = 'x';
var_dump(method_exists($s, 'AREA'), method_exists('Square', 'secret'), method_exists('Square', 'nope'), method_exists('Nope', 'f'));
var_dump(property_exists($s, 'priv'), property_exists('Square', 'own'), property_exists('Square', 'count'),
    property_exists($s, 'dyn'), property_exists('Square', 'dyn'), property_exists('Nope', 'x'));
var_dump(class_exists('square'), class_exists('\\Square'), class_exists('Shape'), class_exists('Nope'), class_exists('stdClass'));
var_dump(interface_exists('Shape'), interface_exists('Square'), interface_exists('Iterator'), trait_exists('Square'), enum_exists('Square'));
var_dump(get_object_vars($s));
var_dump($s->vars());
var_dump($s->squareVars());
var_dump(get_class_methods('Square'));
var_dump($s->methods());
var_dump(get_parent_class($s), get_parent_class('Base'), get_parent_class(new stdClass), $s->parentOf());
var_dump(Square::called(), Base::called());
var_dump(get_class(Square::make()));
var_dump(is_a($s, 'Base'), is_a($s, 'shape'), is_a($s, 'Square'), is_a('Square', 'Base'), is_a('Square', 'Base', true), is_a('Nope', 'Base', true), is_a(5, 'Base'));
var_dump(is_subclass_of($s, 'Square'), is_subclass_of($s, 'Base'), is_subclass_of('Square', 'Named'), is_subclass_of('Square', 'Base', false), is_subclass_of('Nope', 'Base'));
var_dump(class_implements($s), class_implements('Shape'), class_implements('stdClass'));
$a = new stdClass; $b = new stdClass;
var_dump(spl_object_id($a) === spl_object_id($a), spl_object_id($a) !== spl_object_id($b));
var_dump(strlen(spl_object_hash($a)), spl_object_hash($a) === spl_object_hash($a), spl_object_hash($a) === sprintf('%016x%016x', spl_object_id($a), 0));
--EXPECTF--

Deprecated: Creation of dynamic property Square::$dyn is deprecated in %s on line 26
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
array(3) {
  ["pub"]=>
  int(1)
  ["side"]=>
  int(4)
  ["dyn"]=>
  string(1) "x"
}
array(5) {
  ["pub"]=>
  int(1)
  ["prot"]=>
  int(2)
  ["priv"]=>
  int(3)
  ["side"]=>
  int(4)
  ["dyn"]=>
  string(1) "x"
}
array(5) {
  ["pub"]=>
  int(1)
  ["prot"]=>
  int(2)
  ["side"]=>
  int(4)
  ["own"]=>
  int(5)
  ["dyn"]=>
  string(1) "x"
}
array(7) {
  [0]=>
  string(4) "area"
  [1]=>
  string(10) "squareVars"
  [2]=>
  string(8) "parentOf"
  [3]=>
  string(4) "make"
  [4]=>
  string(4) "vars"
  [5]=>
  string(7) "methods"
  [6]=>
  string(6) "called"
}
array(9) {
  [0]=>
  string(4) "area"
  [1]=>
  string(10) "squareVars"
  [2]=>
  string(8) "parentOf"
  [3]=>
  string(6) "helper"
  [4]=>
  string(6) "secret"
  [5]=>
  string(4) "make"
  [6]=>
  string(4) "vars"
  [7]=>
  string(7) "methods"
  [8]=>
  string(6) "called"
}
string(4) "Base"
bool(false)
bool(false)
string(4) "Base"
string(6) "Square"
string(4) "Base"
string(6) "Square"
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
array(2) {
  ["Shape"]=>
  string(5) "Shape"
  ["Named"]=>
  string(5) "Named"
}
array(0) {
}
array(0) {
}
bool(true)
bool(true)
int(32)
bool(true)
bool(true)
