--TEST--
list() and [...] destructuring: positions, keys, nesting, targets of every kind, foreach
--FILE--
<?php
[$a, $b] = [1, 2];
echo "$a $b\n";
[$a, $b] = [$b, $a];
echo "$a $b\n";
list($x, , $z) = ["x", "y", "z"];
echo "$x $z\n";
[, $second] = [10, 20, 30];
echo $second, "\n";
['name' => $name, 'age' => $age] = ['age' => 41, 'name' => 'Ada'];
echo "$name $age\n";
[[$p, $q], [$r, $s]] = [[1, 2], [3, 4]];
echo "$p $q $r $s\n";
list($m, list($n, $o)) = [5, [6, 7]];
echo "$m $n $o\n";
[$u, $v] = [1];
var_dump($u, $v);
[$w] = "str";
var_dump($w);
[$n1, $n2] = null;
var_dump($n1, $n2);
$arr = [];
[$arr[0], $arr['k']] = ['first', 'second'];
var_dump($arr);
$obj = new stdClass;
[$obj->a, $obj->b] = [1, 2];
var_dump($obj);
$result = [$c1, $c2] = [7, 8];
var_dump($result);
foreach ([[1, 'one'], [2, 'two']] as [$num, $word]) {
    echo "$num=$word\n";
}
foreach (['a' => ['x' => 1, 'y' => 2]] as $key => ['x' => $fx, 'y' => $fy]) {
    echo "$key: $fx,$fy\n";
}
foreach ([[1, [2, 3]]] as list($l1, list($l2, $l3))) {
    echo "$l1 $l2 $l3\n";
}
$pairs = [];
foreach ([3, 4] as $pairs[]) {}
var_dump($pairs);
[$k1, $k2] = [1 => 'b', 0 => 'a'];
echo "$k1 $k2\n";
$key = 'dyn';
[$key => $dyn] = ['dyn' => 'by expression'];
echo $dyn, "\n";
--EXPECTF--
1 2
2 1
x z
20
Ada 41
1 2 3 4
5 6 7

Warning: Undefined array key 1 in %s on line 16
int(1)
NULL
NULL
NULL
NULL
array(2) {
  [0]=>
  string(5) "first"
  ["k"]=>
  string(6) "second"
}
object(stdClass)#1 (2) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
}
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
1=one
2=two
a: 1,2
1 2 3
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
a b
by expression
