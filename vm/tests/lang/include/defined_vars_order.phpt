--TEST--
get_defined_vars() after an include lists the variables it made
--FILE--
<?php
function f() {
    $first = 1;
    include __DIR__ . '/fixtures/scope_vars.inc';
    $last = 2;
    $n = 'by_name';
    $$n = 3;
    return array_keys(get_defined_vars());
}
var_dump(f());
function g() {
    $name = 'dyn';
    $$name = 'made by name first';
    include __DIR__ . '/fixtures/scope_vars.inc';
    return get_defined_vars();
}
var_dump(g());
--EXPECT--
array(8) {
  [0]=>
  string(5) "first"
  [1]=>
  string(4) "last"
  [2]=>
  string(1) "n"
  [3]=>
  string(4) "seen"
  [4]=>
  string(5) "input"
  [5]=>
  string(9) "made_here"
  [6]=>
  string(7) "counter"
  [7]=>
  string(7) "by_name"
}
array(6) {
  ["name"]=>
  string(3) "dyn"
  ["dyn"]=>
  string(18) "made by name first"
  ["seen"]=>
  string(8) "no input"
  ["input"]=>
  string(22) "changed by the include"
  ["made_here"]=>
  string(22) "made in scope_vars.inc"
  ["counter"]=>
  int(1)
}
