--TEST--
var_dump, print_r and var_export of nested objects with public, protected and private properties
--FILE--
<?php
class Address { public $city = 'Paris'; protected $zip = '75001'; private $secret = 'x'; }
class Person {
    public $name = 'Ann';
    public ?Address $address;
    protected $tags = ['a', 'b'];
    private $age = 30;
    public $empty = [];
    public $obj = null;
    public function __construct() { $this->address = new Address; $this->obj = new stdClass; $this->obj->dyn = 1.0; }
}
$p = new Person;
var_dump($p);
print_r($p); echo "\n";
var_export($p); echo "\n";
--EXPECTF--
object(Person)#1 (6) {
  ["name"]=>
  string(3) "Ann"
  ["address"]=>
  object(Address)#2 (3) {
    ["city"]=>
    string(5) "Paris"
    ["zip":protected]=>
    string(5) "75001"
    ["secret":"Address":private]=>
    string(1) "x"
  }
  ["tags":protected]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["age":"Person":private]=>
  int(30)
  ["empty"]=>
  array(0) {
  }
  ["obj"]=>
  object(stdClass)#3 (1) {
    ["dyn"]=>
    float(1)
  }
}
Person Object
(
    [name] => Ann
    [address] => Address Object
        (
            [city] => Paris
            [zip:protected] => 75001
            [secret:Address:private] => x
        )

    [tags:protected] => Array
        (
            [0] => a
            [1] => b
        )

    [age:Person:private] => 30
    [empty] => Array
        (
        )

    [obj] => stdClass Object
        (
            [dyn] => 1
        )

)

\Person::__set_state(array(
   'name' => 'Ann',
   'address' => 
  \Address::__set_state(array(
     'city' => 'Paris',
     'zip' => '75001',
     'secret' => 'x',
  )),
   'tags' => 
  array (
    0 => 'a',
    1 => 'b',
  ),
   'age' => 30,
   'empty' => 
  array (
  ),
   'obj' => 
  (object) array(
     'dyn' => 1.0,
  ),
))
