--TEST--
arrays: copy-on-write through assignment and by-value parameters; shared objects; references kept in copies; foreach over a copy
--FILE--
<?php
$a = [1, [2, 3]];
$b = $a;
$b[1][0] = 'changed';
var_dump($a[1][0], $b[1][0]);
function modify(array $x) { $x[] = 'added'; return count($x); }
var_dump(modify($a), count($a));
function modifyRef(array &$x) { $x[] = 'added'; }
modifyRef($a); var_dump(count($a));
// objects inside arrays are shared handles
$o = new stdClass; $o->v = 1;
$arr1 = [$o]; $arr2 = $arr1;
$arr2[0]->v = 2;
var_dump($arr1[0]->v);
// a reference inside an array survives the copy
$x = 1; $withRef = [0, 2]; $withRef[0] = &$x; $copy = $withRef;
$copy[0] = 'through ref'; $copy[1] = 'copied';
var_dump($x, $withRef[1]);
// foreach works on a copy
$list = [1, 2, 3];
foreach ($list as $k => $v) { if ($k == 0) { $list[] = 4; } echo $v; }
echo " ", count($list), "\n";
--EXPECTF--
int(2)
string(7) "changed"
int(3)
int(2)
int(3)
int(2)
string(11) "through ref"
int(2)
123 4
