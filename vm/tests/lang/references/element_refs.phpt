--TEST--
References to and into array elements
--FILE--
<?php
$m = [[1, 2], [3, 4]];
$r = &$m[1][0];
$r = 99;
var_dump($m[1]);
// A reference to a missing element creates it (as null).
$e = [];
$new = &$e['a']['b'];
var_dump($e);
$new = "filled";
var_dump($e);
// An element bound to a variable.
$x = 1;
$arr = [];
$arr['k'] = &$x;
$x = 7;
var_dump($arr);
// A copy of the array shares the referenced element, as in php.
$copy = $arr;
$copy['k'] = 8;
var_dump($x);
// Elements passed to by-reference parameters.
function setk(&$slot) { $slot = "set"; }
$z = [];
setk($z['a']['b']);
setk($z['list'][]);
var_dump($z);
?>
--EXPECT--
array(2) {
  [0]=>
  &int(99)
  [1]=>
  int(4)
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &NULL
  }
}
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    &string(6) "filled"
  }
}
array(1) {
  ["k"]=>
  &int(7)
}
int(8)
array(2) {
  ["a"]=>
  array(1) {
    ["b"]=>
    string(3) "set"
  }
  ["list"]=>
  array(1) {
    [0]=>
    string(3) "set"
  }
}
