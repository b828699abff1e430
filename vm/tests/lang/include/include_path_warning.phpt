--TEST--
The failed-include warning shows the include_path in force
--FILE--
<?php
set_include_path('/first:/second');
var_dump(include 'not_anywhere.inc');
var_dump(set_include_path(''));
echo get_include_path(), "\n";
--EXPECTF--

Warning: include(not_anywhere.inc): Failed to open stream: No such file or directory in %s/include_path_warning.php on line 3

Warning: include(): Failed opening 'not_anywhere.inc' for inclusion (include_path='/first:/second') in %s/include_path_warning.php on line 3
bool(false)
bool(false)
/first:/second
