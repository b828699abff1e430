--TEST--
get_included_files lists the main script and each included file once
--FILE--
<?php
include __DIR__ . '/fixtures/returns_value.inc';
include __DIR__ . '/fixtures/returns_value.inc';
include_once __DIR__ . '/fixtures/once.inc';
@include __DIR__ . '/fixtures/missing.inc';
var_dump(array_map('basename', get_included_files()));
var_dump(get_included_files()[0] === __FILE__);
var_dump(get_required_files() === get_included_files());
--EXPECT--
once.inc runs
array(3) {
  [0]=>
  string(18) "included_files.php"
  [1]=>
  string(17) "returns_value.inc"
  [2]=>
  string(8) "once.inc"
}
bool(true)
bool(true)
