--TEST--
__FILE__, __DIR__ and __LINE__ in an included file are its own
--FILE--
<?php
echo basename(__FILE__), ' ', __LINE__, "\n";
include __DIR__ . '/fixtures/magic.inc';
function f() {
    include __DIR__ . '/fixtures/magic.inc';
}
f();
echo basename(__FILE__), ' ', __LINE__, "\n";
--EXPECT--
magic_constants.php 2
magic.inc
fixtures
4
string(0) ""
string(0) ""
bool(true)
magic.inc
fixtures
4
string(0) ""
string(0) ""
bool(true)
magic_constants.php 8
