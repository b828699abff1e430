--TEST--
An exception out of an included file leaves the function's variables in place
--FILE--
<?php
function attempt() {
    $before = 'before';
    try {
        include __DIR__ . '/../include/fixtures/throws.inc';
    } catch (RuntimeException $e) {
        echo 'caught: ', $e->getMessage(), "\n";
    }
    return get_defined_vars();
}
var_dump(array_keys(attempt()));
--EXPECT--
caught: from the included file
array(2) {
  [0]=>
  string(6) "before"
  [1]=>
  string(1) "e"
}
