--TEST--
foreach with by-reference destructuring ([&$a, $b], keyed, nested)
--FILE--
<?php
$rows = [[1, 'a'], [2, 'b'], [3, 'c']];
foreach ($rows as [$n, &$label]) {
    $label = strtoupper($label) . $n;
}
unset($label);
print_r($rows);
$people = [['name' => 'ann', 'age' => 30], ['name' => 'bob', 'age' => 40]];
foreach ($people as $i => ['name' => &$name, 'age' => $age]) {
    $name = ucfirst($name) . " ($age)";
}
unset($name);
print_r($people);
$grid = [[[1, 2]], [[3, 4]]];
foreach ($grid as [[&$x, $y]]) {
    $x *= 10;
    $inner = [[5, 6]];
    foreach ($inner as [&$p, $q]) {
        $p += $x;
    }
}
unset($x);
var_dump($grid);
var_dump(array_keys(get_defined_vars()) === array_keys(get_defined_vars()));
$obj = new stdClass;
$obj->pairs = [[1, 2]];
foreach ($obj->pairs as [&$first]) { $first = 'changed'; }
unset($first);
print_r($obj);
--EXPECTF--
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => A1
        )

    [1] => Array
        (
            [0] => 2
            [1] => B2
        )

    [2] => Array
        (
            [0] => 3
            [1] => C3
        )

)
Array
(
    [0] => Array
        (
            [name] => Ann (30)
            [age] => 30
        )

    [1] => Array
        (
            [name] => Bob (40)
            [age] => 40
        )

)
array(2) {
  [0]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      int(10)
      [1]=>
      int(2)
    }
  }
  [1]=>
  array(1) {
    [0]=>
    array(2) {
      [0]=>
      int(30)
      [1]=>
      int(4)
    }
  }
}
bool(true)
stdClass Object
(
    [pairs] => Array
        (
            [0] => Array
                (
                    [0] => changed
                    [1] => 2
                )

        )

)
