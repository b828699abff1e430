--TEST--
Variables named at run time and an included file share the function scope
--FILE--
<?php
function f() {
    $name = 'dynamic';
    $$name = 'set by name before';
    include __DIR__ . '/fixtures/scope_vars.inc';
    $$name .= ', after';
    return [$dynamic, $made_here, get_defined_vars()['counter']];
}
var_dump(f());
--EXPECT--
array(3) {
  [0]=>
  string(25) "set by name before, after"
  [1]=>
  string(22) "made in scope_vars.inc"
  [2]=>
  int(1)
}
