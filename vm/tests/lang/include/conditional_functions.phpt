--TEST--
Functions declared in a block or a function exist once the declaration runs
--FILE--
<?php
// A file that guards its function, included twice.
include __DIR__ . '/fixtures/guarded.inc';
include __DIR__ . '/fixtures/guarded.inc';
echo guarded(), "\n";
var_dump(function_exists('in_branch'));
if (PHP_VERSION_ID > 80000) {
    function in_branch() { return 'declared when the if ran'; }
}
echo in_branch(), "\n";
function outer() {
    function inner() { return 'inner'; }
    return 'outer ran';
}
var_dump(function_exists('inner'));
echo outer(), ' ', inner(), "\n";
--EXPECT--
guarded() from guarded.inc
bool(false)
declared when the if ran
bool(false)
outer ran inner
