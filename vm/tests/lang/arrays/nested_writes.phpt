--TEST--
nested writes that create arrays, counting by key, unset
--FILE--
<?php
$m = [];
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        $m[$i][$j] = $i * $j;
    }
}
echo $m[2][2], " ", count($m), " ", count($m[1]), "\n";
$auto["a"]["b"][] = 1;
$auto["a"]["b"][] = 2;
var_dump($auto);
$counts = [];
foreach (["x", "y", "x", "z", "x"] as $w) {
    if (isset($counts[$w])) { $counts[$w]++; } else { $counts[$w] = 1; }
}
var_dump($counts);
$stack = [[1, 2], [3]];
$stack[0][] = 9;
$stack[1][0] += 10;
var_dump($stack);
unset($stack[0][1]);
unset($stack[5]);
var_dump($stack);
--EXPECT--
4 3 3
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    array(2) {
      [0]=>
      int(1)
      [1]=>
      int(2)
    }
  }
}
array(3) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(1)
  ["z"]=>
  int(1)
}
array(2) {
  [0]=>
  array(3) {
    [0]=>
    int(1)
    [1]=>
    int(2)
    [2]=>
    int(9)
  }
  [1]=>
  array(1) {
    [0]=>
    int(13)
  }
}
array(2) {
  [0]=>
  array(2) {
    [0]=>
    int(1)
    [2]=>
    int(9)
  }
  [1]=>
  array(1) {
    [0]=>
    int(13)
  }
}
