--TEST--
$GLOBALS read as a whole is a copy (php 8.1+)
--FILE--
<?php
// php 8.1+: $GLOBALS read as a whole is a copy of the global variables.
$x = 1;
$copy = $GLOBALS;
$copy['x'] = 2;
var_dump($x);
var_dump($copy['x']);
function count_user_globals() {
    $names = [];
    foreach ($GLOBALS as $name => $value) {
        if ($name === 'x' || $name === 'copy') {
            $names[] = $name;
        }
    }
    return $names;
}
var_dump(count_user_globals());
var_dump(is_array($GLOBALS));
--EXPECT--
int(1)
int(2)
array(2) {
  [0]=>
  string(1) "x"
  [1]=>
  string(4) "copy"
}
bool(true)
