--TEST--
include_once and require_once run a file once, by its real path, then give true
--FILE--
<?php
var_dump(include_once __DIR__ . '/fixtures/once.inc');
var_dump(include_once __DIR__ . '/fixtures/once.inc');
// The same file by another path is the same file.
var_dump(include_once __DIR__ . '/fixtures/sub/../once.inc');
var_dump(require_once __DIR__ . '/fixtures/once.inc');
var_dump($once_runs);
// Plain include runs it again.
var_dump(include __DIR__ . '/fixtures/once.inc');
var_dump($once_runs);
var_dump(require_once __DIR__ . '/fixtures/returns_value.inc');
var_dump(include_once __DIR__ . '/fixtures/returns_value.inc');
// The main script counts as included.
var_dump(include_once __FILE__);
--EXPECT--
once.inc runs
string(10) "once value"
bool(true)
bool(true)
bool(true)
int(1)
once.inc runs
string(10) "once value"
int(2)
array(2) {
  ["from"]=>
  string(17) "returns_value.inc"
  ["sum"]=>
  int(3)
}
bool(true)
bool(true)
