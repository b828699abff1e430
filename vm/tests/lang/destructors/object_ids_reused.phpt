--TEST--
Freed object ids are reused, last freed first (spl_object_id and var_dump)
--FILE--
<?php
class P { public $v; function __construct($v = 0) { $this->v = $v; } }
$a = new P(1);
$b = new P(2);
$c = new P(3);
echo spl_object_id($a), spl_object_id($b), spl_object_id($c), "\n";
$b = null;
$d = new P(4);
echo "new object takes the freed id: ", spl_object_id($d), "\n";
var_dump($d);
$a = null;
$c = null;
// Last freed, first reused.
$e = new P(5);
$f = new P(6);
$g = new P(7);
echo spl_object_id($e), " ", spl_object_id($f), " ", spl_object_id($g), "\n";
$list = [new P, new P, new P];
echo implode(",", array_map('spl_object_id', $list)), "\n";
$list = null;
$h = new P;
var_dump($h);
var_dump(new P);
var_dump(new P);
$nested = new P(new P(new P));
echo spl_object_id($nested), spl_object_id($nested->v), spl_object_id($nested->v->v), "\n";
$nested = null;
$x = new P; $y = new P; $z = new P;
echo spl_object_id($x), spl_object_id($y), spl_object_id($z), "\n";
--EXPECT--
123
new object takes the freed id: 2
object(P)#2 (1) {
  ["v"]=>
  int(4)
}
3 1 4
5,6,7
object(P)#7 (1) {
  ["v"]=>
  int(0)
}
object(P)#6 (1) {
  ["v"]=>
  int(0)
}
object(P)#6 (1) {
  ["v"]=>
  int(0)
}
658
658
