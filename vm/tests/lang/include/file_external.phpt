--TEST--
A FILE_EXTERNAL script includes files relative to the case
--FILE_EXTERNAL--
fixtures/external_main.php
--EXPECT--
file_external.php
array(2) {
  ["from"]=>
  string(17) "returns_value.inc"
  ["sum"]=>
  int(3)
}
int(1)
string(22) "made in scope_vars.inc"
