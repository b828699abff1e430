--TEST--
get_defined_vars() at the top level sees globals made by name
--FILE--
<?php
$first = 1;
$second = [2];
$name = 'third';
$$name = 3;
$vars = get_defined_vars();
var_dump($vars['first'], $vars['second'], $vars['third']);
var_dump(array_key_exists('argv', $vars), array_key_exists('argc', $vars));
var_dump(array_key_exists('vars', $vars));
--EXPECT--
int(1)
array(1) {
  [0]=>
  int(2)
}
int(3)
bool(true)
bool(true)
bool(false)
