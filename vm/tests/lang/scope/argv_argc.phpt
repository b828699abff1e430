--TEST--
$argv and $argc hold the script path and the ARGS
--ARGS--
one two
--FILE--
<?php
var_dump($argc, count($argv), array_slice($argv, 1), basename($argv[0]));
function from_function() {
    global $argc;
    return [$argc, count($GLOBALS['argv'])];
}
var_dump(from_function());
--EXPECT--
int(3)
int(3)
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
string(13) "argv_argc.php"
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(3)
}
