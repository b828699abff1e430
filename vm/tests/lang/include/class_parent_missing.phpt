--TEST--
A class whose parent is never declared fails when its declaration runs
--FILE--
<?php
echo "runs first\n";
class Orphan extends NotDeclaredAnywhere {
}
echo "not reached\n";
--EXPECTF--
runs first

Fatal error: Uncaught Error: Class "NotDeclaredAnywhere" not found in %s/class_parent_missing.php:3
Stack trace:
#0 {main}
  thrown in %s/class_parent_missing.php on line 3
