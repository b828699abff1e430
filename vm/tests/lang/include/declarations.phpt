--TEST--
Functions, classes and constants of an included file are global
--FILE--
<?php
var_dump(function_exists('declared_in_include'), class_exists('IncludedClass'));
function load() {
    // Declared inside a function's include, they are still global.
    return include __DIR__ . '/fixtures/declares.inc';
}
var_dump(load());
var_dump(function_exists('declared_in_include'), class_exists('IncludedClass'));
echo declared_in_include(1), "\n";
echo (new IncludedClass)->hello(), "\n";
echo INCLUDED_CONST, "\n";
--EXPECT--
bool(false)
bool(false)
string(17) "declares.inc done"
bool(true)
bool(true)
declared_in_include(1)
hello from IncludedClass
const from include
