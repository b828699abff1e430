--TEST--
references: reference sets, rebinding, elements surviving copies, foreach by reference leftovers, static, global, closures
--FILE--
<?php
// a reference set is released name by name
$a = 1; $b = &$a; $c = &$b;
$c = 3; var_dump($a, $b);
unset($b); $c = 4; var_dump($a);
// reassigning a reference rebinds only that name
$x = 'x'; $y = 'y'; $r = &$x; $r = &$y; $r = 'changed'; var_dump($x, $y);
// references to array elements survive copies of the array
$arr = [1, 2, 3];
$ref = &$arr[1];
$copy = $arr;
$copy[1] = 'via copy';
var_dump($arr[1]);
unset($ref);
// foreach by reference leaves the last element referenced
$list = [1, 2, 3];
foreach ($list as &$v) { $v *= 10; }
foreach ($list as $v) {}
var_dump($list);
unset($v);
// global and static are references
function counter() { static $n = 0; return ++$n; }
counter(); counter(); var_dump(counter());
$g = 'global value';
function readG() { global $g; $g .= ' changed'; }
readG(); var_dump($g);


// closures capturing by reference
$total = 0;
$add = function ($n) use (&$total) { $total += $n; };
$add(5); $add(7); var_dump($total);
--EXPECT--
int(3)
int(3)
int(4)
string(1) "x"
string(7) "changed"
string(8) "via copy"
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  &int(20)
}
int(3)
string(20) "global value changed"
int(12)
