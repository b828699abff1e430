--TEST--
Nested includes share one scope; a bare name is found next to the including file
--FILE--
<?php
$depth = ['main'];
include __DIR__ . '/fixtures/nest_outer.inc';
var_dump($depth, $inner_only);
function in_function() {
    $depth = ['function'];
    include __DIR__ . '/fixtures/nest_outer.inc';
    return [$depth, $inner_only];
}
var_dump(in_function());
var_dump(count($depth));
--EXPECT--
array(4) {
  [0]=>
  string(4) "main"
  [1]=>
  string(5) "outer"
  [2]=>
  string(12) "inner in sub"
  [3]=>
  string(11) "outer again"
}
string(12) "set in inner"
array(2) {
  [0]=>
  array(4) {
    [0]=>
    string(8) "function"
    [1]=>
    string(5) "outer"
    [2]=>
    string(12) "inner in sub"
    [3]=>
    string(11) "outer again"
  }
  [1]=>
  string(12) "set in inner"
}
int(4)
