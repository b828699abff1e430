--TEST--
An included file shares the variables of the including function
--FILE--
<?php
$input = 'global input';
function uses_include($input) {
    include __DIR__ . '/fixtures/scope_vars.inc';
    return compact('seen', 'input', 'made_here', 'counter');
}
var_dump(uses_include('argument'));
// The include wrote the function's variables, not the globals.
var_dump($input, isset($made_here), isset($seen));
function twice() {
    include __DIR__ . '/fixtures/scope_vars.inc';
    include __DIR__ . '/fixtures/scope_vars.inc';
    return $counter;
}
var_dump(twice(), twice());
--EXPECT--
array(4) {
  ["seen"]=>
  string(8) "argument"
  ["input"]=>
  string(22) "changed by the include"
  ["made_here"]=>
  string(22) "made in scope_vars.inc"
  ["counter"]=>
  int(1)
}
string(12) "global input"
bool(false)
bool(false)
int(2)
int(2)
