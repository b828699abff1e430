--TEST--
include of a missing file warns twice and gives false
--FILE--
<?php
var_dump(include 'no_such_file.inc');
var_dump(include_once __DIR__ . '/no_such_dir/file.inc');
var_dump(@include 'no_such_file.inc');
echo "still running\n";
--EXPECTF--

Warning: include(no_such_file.inc): Failed to open stream: No such file or directory in %s/missing_include.php on line 2

Warning: include(): Failed opening 'no_such_file.inc' for inclusion (include_path='.:/usr/share/php') in %s/missing_include.php on line 2
bool(false)

Warning: include_once(%s/no_such_dir/file.inc): Failed to open stream: No such file or directory in %s/missing_include.php on line 3

Warning: include_once(): Failed opening '%s/no_such_dir/file.inc' for inclusion (include_path='.:/usr/share/php') in %s/missing_include.php on line 3
bool(false)
bool(false)
still running
