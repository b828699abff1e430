--TEST--
$GLOBALS['x'] reads a global variable, in functions too; missing ones warn
--FILE--
<?php
$x = 'global x';
$list = [1, 2, 3];
function show() {
    var_dump($GLOBALS['x']);
    var_dump($GLOBALS['list'][1]);
    var_dump(isset($GLOBALS['x']), isset($GLOBALS['missing']));
    var_dump($GLOBALS['missing'] ?? 'default');
    var_dump(array_key_exists('x', $GLOBALS), array_key_exists('x', get_defined_vars()));
    $key = 'x';
    var_dump($GLOBALS[$key]);
}
show();
var_dump($GLOBALS['x'] === $x);
function missing() {
    var_dump($GLOBALS['nope']);
}
missing();
--EXPECTF--
string(8) "global x"
int(2)
bool(true)
bool(false)
string(7) "default"
bool(true)
bool(false)
string(8) "global x"
bool(true)

Warning: Undefined global variable $nope in %s/globals_read.php on line 16
NULL
