--TEST--
$r = &$a[k][j] creates the path and binds to the element
--FILE--
<?php
// References to elements deep in arrays create the path.
$a = [];
$r = &$a['k']['j'];
var_dump($a);
$r = 1;
$s = &$a['k']['j'];
$s++;
var_dump($a, $r);
$list = [[1, 2], [3, 4]];
$x = &$list[1][0];
$x *= 10;
print_r($list);
$b = $list;   // the copy shares the referenced element, as in php
$x = 'shared';
print_r($b);
--EXPECTF--
array(1) {
  ["k"]=>
  array(1) {
    ["j"]=>
    &NULL
  }
}
array(1) {
  ["k"]=>
  array(1) {
    ["j"]=>
    &int(2)
  }
}
int(2)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 30
            [1] => 4
        )

)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => shared
            [1] => 4
        )

)
