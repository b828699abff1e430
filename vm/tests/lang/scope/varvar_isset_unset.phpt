--TEST--
isset, empty, unset, ?? and ??= on variable variables
--FILE--
<?php
$name = 'value';
$value = 0;
var_dump(isset($$name), empty($$name));
$value = null;
var_dump(isset($$name), $$name ?? 'default');
$value = 'set';
unset($$name);
var_dump(isset($value));
$missing = 'not_there';
var_dump(isset($$missing), empty($$missing), $$missing ?? 'fallback');
$$missing ??= 'assigned by ??=';
var_dump($not_there);
$$missing ??= 'not again';
var_dump($not_there);
$arr = 'data';
$data = ['k' => ['x' => 1]];
var_dump(isset($$arr['k']['x']), isset($$arr['k']['y']), $$arr['q'] ?? 'no q');
--EXPECT--
bool(true)
bool(true)
bool(false)
string(7) "default"
bool(false)
bool(false)
bool(true)
string(8) "fallback"
string(15) "assigned by ??="
string(15) "assigned by ??="
bool(true)
bool(false)
string(4) "no q"
