--TEST--
Destructuring with & targets binds them to the source's elements
--FILE--
<?php
// Destructuring with reference targets binds them to the source's elements.
$arr = [1, [2, 3]];
[$a, [&$b, $c]] = $arr;
$b = 9;
$a = 100;
var_dump($arr);

// Missing elements are created (null) by the binding.
[, &$d] = $nope;
var_dump($nope);
$x = ['k' => 1];
['k' => &$k, 'm' => &$m] = $x;
$k++;
$m = 'new';
var_dump($x);

// list() works the same way, and the expression's value is the source.
$pair = ['left', 'right'];
$result = (list(&$l, $r) = $pair);
$l = 'LEFT';
var_dump($pair, $result);

// Swapping through references.
$nums = [1, 2];
[&$first, &$second] = $nums;
[$first, $second] = [$second, $first];
var_dump($nums);

// Inside a function, with a by-reference parameter.
function firsts(array &$rows) {
    foreach (array_keys($rows) as $i) {
        [&$cell] = $rows[$i];
        $cell = "row $i";
    }
}
$rows = [[0, 'a'], [0, 'b']];
firsts($rows);
print_r($rows);
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  array(2) {
    [0]=>
    &int(9)
    [1]=>
    int(3)
  }
}
array(1) {
  [1]=>
  &NULL
}
array(2) {
  ["k"]=>
  &int(2)
  ["m"]=>
  &string(3) "new"
}
array(2) {
  [0]=>
  &string(4) "LEFT"
  [1]=>
  string(5) "right"
}
array(2) {
  [0]=>
  &string(4) "LEFT"
  [1]=>
  string(5) "right"
}
array(2) {
  [0]=>
  &int(2)
  [1]=>
  &int(1)
}
Array
(
    [0] => Array
        (
            [0] => row 0
            [1] => a
        )

    [1] => Array
        (
            [0] => row 1
            [1] => b
        )

)
