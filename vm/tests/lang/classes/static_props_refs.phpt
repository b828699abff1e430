--TEST--
static properties by reference: $r = &A::$p, A::$p = &$x, by-reference arguments
--FILE--
<?php
class A { public static $p = 1; public static $list = []; }
class B extends A {}

$r = &A::$p;
$r = 5;
var_dump(A::$p, B::$p);

function bump(&$x) { $x++; }
bump(A::$p);
bump(B::$p);
var_dump(A::$p, $r);

function push(array &$a, $v) { $a[] = $v; }
push(A::$list, "x");
push(B::$list, "y");
var_dump(A::$list);

$x = "bound";
A::$p = &$x;
$x = "changed";
var_dump(A::$p, B::$p, $r);
B::$p = "through B";
var_dump($x);

$copy = A::$p;
$copy = "not shared";
var_dump(A::$p);

$e = &A::$list[0];
$e = "X";
var_dump(A::$list);
sort(A::$list);
var_dump(A::$list);
?>
--EXPECT--
int(5)
int(5)
int(7)
int(7)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
string(7) "changed"
string(7) "changed"
int(7)
string(9) "through B"
string(9) "through B"
array(2) {
  [0]=>
  &string(1) "X"
  [1]=>
  string(1) "y"
}
array(2) {
  [0]=>
  &string(1) "X"
  [1]=>
  string(1) "y"
}
