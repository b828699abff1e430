--TEST--
Parameters by reference change the caller's variable
--FILE--
<?php
function inc(&$x) { $x++; }
function set_to(&$x, $v) { $x = $v; }
function append(array &$list, $item) { $list[] = $item; return count($list); }
$a = 1;
inc($a);
inc($a);
var_dump($a);
// An undefined variable passed by reference is created (as null first).
set_to($fresh, "made");
var_dump($fresh);
$l = [];
var_dump(append($l, "x"), append($l, "y"));
var_dump($l);
// By-value parameters still copy.
function no_effect($x) { $x = 99; }
no_effect($a);
var_dump($a);
// Recursion through a reference parameter.
function fill(&$acc, $n) { if ($n == 0) return; $acc[] = $n; fill($acc, $n - 1); }
$acc = [];
fill($acc, 4);
echo implode(",", $acc), "\n";
?>
--EXPECT--
int(3)
string(4) "made"
int(1)
int(2)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
}
int(3)
4,3,2,1
