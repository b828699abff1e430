--TEST--
require of a missing file is an uncaught Error
--FILE--
<?php
echo "before\n";
require 'no_such_file.inc';
echo "not reached\n";
--EXPECTF--
before

Warning: require(no_such_file.inc): Failed to open stream: No such file or directory in %s/missing_require.php on line 3

Fatal error: Uncaught Error: Failed opening required 'no_such_file.inc' (include_path='.:/usr/share/php') in %s/missing_require.php:3
Stack trace:
#0 {main}
  thrown in %s/missing_require.php on line 3
