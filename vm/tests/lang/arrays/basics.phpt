--TEST--
array literals, append, key normalisation, copies, negative keys
--FILE--
<?php
$a = [1, 2, 3];
$a[] = 4;
$a[10] = 10;
$a[] = 11;
$a["key"] = "value";
$a["5"] = "five";
$a[-3] = "negative";
$a[true] = "true key";
$a[1.7] = "float key";
$a[null] = "null key";
var_dump($a);
echo $a[0], $a["key"], $a[5], "\n";
$empty = [];
$empty[] = "first";
var_dump($empty, count($a), count([]));
$m = array(1, "x" => array("y" => "nested"));
echo $m["x"]["y"], "\n";
$copy = $a;
$copy[0] = "changed";
echo $a[0], " ", $copy[0], "\n";
$neg = [-5 => "a"];
$neg[] = "b";
var_dump($neg);
--EXPECTF--

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 10
array(10) {
  [0]=>
  int(1)
  [1]=>
  string(9) "float key"
  [2]=>
  int(3)
  [3]=>
  int(4)
  [10]=>
  int(10)
  [11]=>
  int(11)
  ["key"]=>
  string(5) "value"
  [5]=>
  string(4) "five"
  [-3]=>
  string(8) "negative"
  [""]=>
  string(8) "null key"
}
1valuefive
array(1) {
  [0]=>
  string(5) "first"
}
int(10)
int(0)
nested
1 changed
array(2) {
  [-5]=>
  string(1) "a"
  [-4]=>
  string(1) "b"
}
