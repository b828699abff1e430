--TEST--
A function declared again by an included file is a fatal error naming both files
--FILE--
<?php
function already_here() {
}
echo "before\n";
include __DIR__ . '/fixtures/redeclare.inc';
echo "not reached\n";
--EXPECTF--
before

Fatal error: Cannot redeclare already_here() (previously declared in %s/redeclare.php:2) in %s/fixtures/redeclare.inc on line 2
