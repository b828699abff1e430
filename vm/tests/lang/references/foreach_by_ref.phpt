--TEST--
foreach by reference writes the elements
--FILE--
<?php
$arr = [1, 2, 3];
foreach ($arr as &$v) {
    $v *= 2;
}
unset($v);
var_dump($arr);
$h = ['a' => 1, 'b' => 2];
foreach ($h as $k => &$v) {
    $v = "$k=$v";
}
var_dump($h);
// The loop variable stays bound to the last element (php's famous trap).
$t = [1, 2, 3];
foreach ($t as &$item) {}
foreach ($t as $item) {}
var_dump($t);
// Elements appended during the loop are visited.
$grow = [1];
foreach ($grow as &$g) {
    if ($g < 4) { $grow[] = $g + 1; }
}
unset($g);
echo implode(",", $grow), "\n";
// An empty array and a non-array.
$empty = [];
foreach ($empty as &$never) { echo "never\n"; }
$scalar = 5;
foreach ($scalar as &$never) { echo "never\n"; }
echo "done\n";
?>
--EXPECTF--
array(3) {
  [0]=>
  int(2)
  [1]=>
  int(4)
  [2]=>
  int(6)
}
array(2) {
  ["a"]=>
  string(3) "a=1"
  ["b"]=>
  &string(3) "b=2"
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  &int(2)
}
1,2,3,4

Warning: foreach() argument must be of type array|object, int given in %s on line 29
done
