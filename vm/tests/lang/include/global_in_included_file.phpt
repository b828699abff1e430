--TEST--
global in a file included by a function binds that function's variable to the global
--FILE--
<?php
$config = ['name' => 'app'];
function load($caller) {
    include __DIR__ . '/fixtures/uses_global.inc';
    return $local_copy;
}
var_dump(load('load()'));
var_dump($config);
$caller = 'main';
include __DIR__ . '/fixtures/uses_global.inc';
var_dump($config['loaded_by'], $local_copy === $config);
--EXPECT--
array(2) {
  ["name"]=>
  string(3) "app"
  ["loaded_by"]=>
  string(6) "load()"
}
array(2) {
  ["name"]=>
  string(3) "app"
  ["loaded_by"]=>
  string(6) "load()"
}
string(4) "main"
bool(true)
