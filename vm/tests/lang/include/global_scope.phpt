--TEST--
An included file shares the variables of the global scope
--FILE--
<?php
$input = 'from main';
include __DIR__ . '/fixtures/scope_vars.inc';
var_dump($seen, $input, $made_here, $counter);
include __DIR__ . '/fixtures/scope_vars.inc';
var_dump($seen, $counter);
// Variables the main script only reaches by name are shared too.
$name = 'made_here';
var_dump($$name);
function reads_global() {
    return $GLOBALS['made_here'];
}
var_dump(reads_global());
--EXPECT--
string(9) "from main"
string(22) "changed by the include"
string(22) "made in scope_vars.inc"
int(1)
string(22) "changed by the include"
int(2)
string(22) "made in scope_vars.inc"
string(22) "made in scope_vars.inc"
