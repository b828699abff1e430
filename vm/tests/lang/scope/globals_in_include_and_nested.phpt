--TEST--
$GLOBALS writes from nested calls and with keys computed at run time
--FILE--
<?php
function level2() {
    $GLOBALS['depth'][] = 'level2';
    return count($GLOBALS['depth']);
}
function level1() {
    $GLOBALS['depth'][] = 'level1';
    return level2();
}
$depth = ['main'];
var_dump(level1(), $depth);
$key = 'dynamic_global';
function set_dynamic($k) {
    $GLOBALS[$k] = "set via \$GLOBALS[\$k]";
}
set_dynamic($key);
var_dump($$key);
--EXPECT--
int(3)
array(3) {
  [0]=>
  string(4) "main"
  [1]=>
  string(6) "level1"
  [2]=>
  string(6) "level2"
}
string(20) "set via $GLOBALS[$k]"
