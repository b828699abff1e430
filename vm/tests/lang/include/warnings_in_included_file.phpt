--TEST--
Warnings inside an included file name that file and its lines
--FILE--
<?php
include __DIR__ . '/fixtures/warns.inc';
--EXPECTF--

Warning: Undefined variable $undefined_in_include in %s/fixtures/warns.inc on line 3
1
