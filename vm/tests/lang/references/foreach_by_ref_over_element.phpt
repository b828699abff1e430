--TEST--
foreach by reference over array elements and properties iterates them in place
--FILE--
<?php
// foreach by reference over elements and properties changes them in place.
$a = ['k' => [1, 2, 3], 'other' => 0];
foreach ($a['k'] as &$v) {
    $v *= 2;
}
unset($v);
var_dump($a);

$o = new stdClass;
$o->list = ['x' => 'a', 'y' => 'b'];
foreach ($o->list as $key => &$item) {
    $item = strtoupper($item) . $key;
}
unset($item);
var_dump($o);

class Cart {
    private $lines = [['qty' => 1], ['qty' => 2]];
    public function double() {
        foreach ($this->lines as &$line) {
            $line['qty'] *= 2;
        }
        return $this->lines;
    }
}
print_r((new Cart)->double());

// Nested paths, and a missing element becomes an empty array.
$deep = [];
foreach ($deep['a']['b'] as &$never) {}
var_dump($deep);
$m = [[1], [2]];
foreach ($m[1] as $i => &$cell) {
    $cell = "m1-$i";
}
unset($cell);
var_dump($m);

// Appending while iterating by reference sees the new elements.
$q = ['n' => [1]];
foreach ($q['n'] as &$x) {
    if ($x < 3) $q['n'][] = $x + 1;
}
unset($x);
var_dump($q['n']);

// Without unset, the last element stays a reference.
$r = ['l' => [1, 2]];
foreach ($r['l'] as &$last) {}
var_dump($r);
--EXPECTF--
array(2) {
  ["k"]=>
  array(3) {
    [0]=>
    int(2)
    [1]=>
    int(4)
    [2]=>
    int(6)
  }
  ["other"]=>
  int(0)
}
object(stdClass)#1 (1) {
  ["list"]=>
  array(2) {
    ["x"]=>
    string(2) "Ax"
    ["y"]=>
    string(2) "By"
  }
}
Array
(
    [0] => Array
        (
            [qty] => 2
        )

    [1] => Array
        (
            [qty] => 4
        )

)

Warning: foreach() argument must be of type array|object, null given in %s on line 31
array(1) {
  ["a"]=>
  array(1) {
    ["b"]=>
    NULL
  }
}
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  array(1) {
    [0]=>
    string(4) "m1-0"
  }
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
array(1) {
  ["l"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    &int(2)
  }
}
