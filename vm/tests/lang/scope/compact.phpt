--TEST--
compact() builds an array from variables named by strings and nested arrays
--FILE--
<?php
function build() {
    $name = 'Ann';
    $age = 30;
    $tags = ['a', 'b'];
    $nothing = null;
    var_dump(compact('name', 'age'));
    var_dump(compact(['tags', ['nothing']], 'name'));
    $which = 'age';
    var_dump(compact($which));
    var_dump(compact('undefined_one', 'name'));
    var_dump(compact(42, 'age'));
}
build();
$g = 'global';
var_dump(compact('g'));
--EXPECTF--
array(2) {
  ["name"]=>
  string(3) "Ann"
  ["age"]=>
  int(30)
}
array(3) {
  ["tags"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
  ["nothing"]=>
  NULL
  ["name"]=>
  string(3) "Ann"
}
array(1) {
  ["age"]=>
  int(30)
}

Warning: compact(): Undefined variable $undefined_one in %s/compact.php on line 11
array(1) {
  ["name"]=>
  string(3) "Ann"
}

Warning: compact(): Argument #1 must be string or array of strings, int given in %s/compact.php on line 12
array(1) {
  ["age"]=>
  int(30)
}
array(1) {
  ["g"]=>
  string(6) "global"
}
