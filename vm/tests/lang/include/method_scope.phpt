--TEST--
A file included by a method sees $this and the class scope
--FILE--
<?php
class Holder {
    private $secret = 'private value';
    public function load($arg) {
        return include __DIR__ . '/fixtures/method_scope.inc';
    }
}
class Child extends Holder {
}
var_dump((new Holder)->load(1));
var_dump((new Child)->load(2));
--EXPECT--
array(5) {
  [0]=>
  string(13) "private value"
  [1]=>
  string(6) "Holder"
  [2]=>
  string(6) "Holder"
  [3]=>
  string(6) "Holder"
  [4]=>
  int(1)
}
array(5) {
  [0]=>
  string(13) "private value"
  [1]=>
  string(6) "Holder"
  [2]=>
  string(5) "Child"
  [3]=>
  string(5) "Child"
  [4]=>
  int(2)
}
