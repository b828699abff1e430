--TEST--
assignment: list() and [] destructuring: swaps, skips, keys, nesting, missing keys, non-arrays, element and property targets, foreach
--FILE--
<?php
[$a, $b] = [1, 2]; echo "$a $b\n";
[$a, $b] = [$b, $a]; echo "swapped: $a $b\n";
[, $second, , $fourth] = [1, 2, 3, 4]; echo "$second $fourth\n";
['x' => $x, 'y' => $y] = ['y' => 'Y', 'x' => 'X']; echo "$x $y\n";
[[$p, $q], [$r]] = [[1, 2], [3]]; echo "$p $q $r\n";
list($l1, list(, $l2)) = ['L1', ['skip', 'L2']]; echo "$l1 $l2\n";
// missing keys give null with a warning
[$m1, $m2, $m3] = [1, 2];
var_dump($m3);
['nope' => $n] = ['a' => 1];
var_dump($n);
// destructuring a non-array gives nulls silently
[$s1, $s2] = 'ab'; var_dump($s1, $s2);
[$i1] = 42; var_dump($i1);
// into array elements and properties
$arr = []; $o = new stdClass;
[$arr['k'], $o->p, $arr['k2']] = ['ak', 'op', 'second'];
var_dump($arr, $o);
// in foreach
foreach ([[1, 'one'], [2, 'two']] as [$num, $word]) echo "$num=$word ";
echo "\n";
foreach ([['id' => 7, 'tags' => ['t']]] as ['id' => $id, 'tags' => [$tag]]) echo "$id $tag\n";
// the value of a destructuring assignment is the right side
var_dump([$z] = [9, 10]);
--EXPECTF--
1 2
swapped: 2 1
2 4
X Y
1 2 3
L1 L2

Warning: Undefined array key 2 in %s on line 9
NULL

Warning: Undefined array key "nope" in %s on line 11
NULL
NULL
NULL
NULL
array(2) {
  ["k"]=>
  string(2) "ak"
  ["k2"]=>
  string(6) "second"
}
object(stdClass)#1 (1) {
  ["p"]=>
  string(2) "op"
}
1=one 2=two 
7 t
array(2) {
  [0]=>
  int(9)
  [1]=>
  int(10)
}
