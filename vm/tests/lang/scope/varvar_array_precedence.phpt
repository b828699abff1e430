--TEST--
$$name[0] is (${$name})[0] (php 7+), reads and element writes
--FILE--
<?php
// php 7+: $$name[0] is (${$name})[0], not ${$name[0]}.
$list = ['first', 'second'];
$name = 'list';
$first = 'the variable named first';
var_dump($$name[0]);
var_dump(${$name}[1]);
var_dump(${$list[0]});
$$name[] = 'third';
$$name[0] = 'FIRST';
var_dump($list);
$grid = 'matrix';
$$grid['a']['b'] = 1;
$$grid['a']['c'] = 2;
var_dump($matrix);
$$grid['a']['b'] += 10;
$$grid['a']['c']++;
var_dump($matrix['a']);
unset($$grid['a']['b']);
var_dump($matrix);
--EXPECT--
string(5) "first"
string(6) "second"
string(24) "the variable named first"
array(3) {
  [0]=>
  string(5) "FIRST"
  [1]=>
  string(6) "second"
  [2]=>
  string(5) "third"
}
array(1) {
  ["a"]=>
  array(2) {
    ["b"]=>
    int(1)
    ["c"]=>
    int(2)
  }
}
array(2) {
  ["b"]=>
  int(11)
  ["c"]=>
  int(3)
}
array(1) {
  ["a"]=>
  array(1) {
    ["c"]=>
    int(3)
  }
}
