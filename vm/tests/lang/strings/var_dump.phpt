--TEST--
var_dump of floats, strings, nested arrays and objects
--FILE--
<?php
var_dump(1, -0, 1.0, 0.1, 1/3, 1e15, 1e16, 1e22, -1.5e-10, 100.0, NAN, INF, -INF);
var_dump("", "with \"quotes\"", "multi
line");
var_dump([], [[]], ["a" => ["b" => ["c" => null]]]);
$o = new stdClass;
$o->x = 1;
$o->list = [1, 2];
var_dump($o, new stdClass);
var_dump(1, "two", [3]);
--EXPECT--
int(1)
int(0)
float(1)
float(0.1)
float(0.3333333333333333)
float(1000000000000000)
float(10000000000000000)
float(1.0E+22)
float(-1.5E-10)
float(100)
float(NAN)
float(INF)
float(-INF)
string(0) ""
string(13) "with "quotes""
string(10) "multi
line"
array(0) {
}
array(1) {
  [0]=>
  array(0) {
  }
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(1) {
      ["c"]=>
      NULL
    }
  }
}
object(stdClass)#1 (2) {
  ["x"]=>
  int(1)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
object(stdClass)#2 (0) {
}
int(1)
string(3) "two"
array(1) {
  [0]=>
  int(3)
}
