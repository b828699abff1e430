--TEST--
Array literals with &$var elements share them with their places
--FILE--
<?php
// Array literals with reference elements share them with their places.
$x = 1;
$y = 2;
$arr = [&$x, 'k' => &$y, 'plain' => $x];
$x = 10;
$arr['k'] = 20;
var_dump($arr, $y);

// A new variable is created (null); elements and properties work too.
$list = ['a' => 1];
$o = new stdClass;
$o->p = 'prop';
$refs = [&$fresh, &$list['a'], &$list['new'], &$o->p];
$refs[0] = 'fresh';
$refs[1] = 'A';
$refs[2] = 'created';
$refs[3] = 'changed';
var_dump($fresh, $list, $o);

// array() too, and the copy of such an array shares the references.
$n = 5;
$a1 = array('n' => &$n);
$a2 = $a1;
$a2['n']++;
var_dump($n);

// Passing references into a function through an array.
function fill(array $slots) {
    foreach ($slots as $i => $v) {
        $slots[$i] = "filled $i";
    }
}
$p = $q = null;
fill([&$p, &$q]);
var_dump($p, $q);
--EXPECTF--
array(3) {
  [0]=>
  &int(10)
  ["k"]=>
  &int(20)
  ["plain"]=>
  int(1)
}
int(20)
string(5) "fresh"
array(2) {
  ["a"]=>
  &string(1) "A"
  ["new"]=>
  &string(7) "created"
}
object(stdClass)#1 (1) {
  ["p"]=>
  &string(7) "changed"
}
int(6)
string(8) "filled 0"
string(8) "filled 1"
