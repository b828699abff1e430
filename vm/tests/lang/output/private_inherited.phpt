--TEST--
var_dump, print_r and var_export of inherited private and protected properties; get_object_vars in a subclass
--FILE--
<?php
class A { private $p = 'A private'; protected $q = 'A protected'; public $r = 'A public'; }
class B extends A { private $own = 'B private'; public $s = 'B public'; }
$b = new B;
var_dump($b);
print_r($b); echo "\n";
var_export($b); echo "\n";
class C extends B { public function show() { return get_object_vars($this); } }
var_dump((new C)->show());
--EXPECTF--
object(B)#1 (5) {
  ["p":"A":private]=>
  string(9) "A private"
  ["q":protected]=>
  string(11) "A protected"
  ["r"]=>
  string(8) "A public"
  ["own":"B":private]=>
  string(9) "B private"
  ["s"]=>
  string(8) "B public"
}
B Object
(
    [p:A:private] => A private
    [q:protected] => A protected
    [r] => A public
    [own:B:private] => B private
    [s] => B public
)

\B::__set_state(array(
   'p' => 'A private',
   'q' => 'A protected',
   'r' => 'A public',
   'own' => 'B private',
   's' => 'B public',
))
array(3) {
  ["q"]=>
  string(11) "A protected"
  ["r"]=>
  string(8) "A public"
  ["s"]=>
  string(8) "B public"
}
