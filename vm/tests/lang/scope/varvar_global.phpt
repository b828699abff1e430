--TEST--
global $$name binds the global named at run time
--FILE--
<?php
$config = 'global config';
function read_global($name) {
    global $$name;
    return $$name;
}
var_dump(read_global('config'));
function write_global($name, $value) {
    global $$name;
    $$name = $value;
}
write_global('config', 'changed');
write_global('brand_new', 'made by a function');
var_dump($config, $brand_new);
// At the top level, $$name is a global too.
$which = 'config';
var_dump($$which);
function via_globals($name) {
    return $GLOBALS[$name];
}
var_dump(via_globals('brand_new'));
--EXPECT--
string(13) "global config"
string(7) "changed"
string(18) "made by a function"
string(7) "changed"
string(18) "made by a function"
