--TEST--
Compound assignment and increments on elements
--FILE--
<?php
// Compound assignment and ++/-- on elements evaluate the keys once.
$i = 0;
$b = [1, 2, 3];
$b[$i++] += 10;
$b[$i++]++;
var_dump($b, $i);
function key_of($k) { echo "key $k\n"; return $k; }
$c = ['x' => 1];
$c[key_of('x')] *= 5;
$c[key_of('y')] ??= 7;
var_dump($c);
// Missing keys warn (each level), then are created.
$a = [];
$a['x']['y'] += 1;
$a['x']['z']--;
$a['n']++;
var_dump($a);
$s['k'] .= "s";
var_dump($s);
// The expression's value.
$m = [5];
var_dump($m[0] -= 2, $m[0]++, ++$m[0], $m);
// Element of an element passed through a reference.
function bump(&$arr) { $arr['count'] += 1; $arr['list'][] = $arr['count']; }
$st = ['count' => 0];
bump($st);
bump($st);
var_dump($st);
?>
--EXPECTF--
array(3) {
  [0]=>
  int(11)
  [1]=>
  int(3)
  [2]=>
  int(3)
}
int(2)
key x
key y
array(2) {
  ["x"]=>
  int(5)
  ["y"]=>
  int(7)
}

Warning: Undefined array key "x" in %s on line 15

Warning: Undefined array key "y" in %s on line 15

Warning: Undefined array key "z" in %s on line 16

Warning: Undefined array key "n" in %s on line 17
array(2) {
  ["x"]=>
  array(2) {
    ["y"]=>
    int(1)
    ["z"]=>
    NULL
  }
  ["n"]=>
  int(1)
}

Warning: Undefined variable $s in %s on line 19

Warning: Undefined array key "k" in %s on line 19
array(1) {
  ["k"]=>
  string(1) "s"
}
int(3)
int(3)
int(5)
array(1) {
  [0]=>
  int(5)
}
array(2) {
  ["count"]=>
  int(2)
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
