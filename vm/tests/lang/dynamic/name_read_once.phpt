--TEST--
Dynamic names: op= and ++ read the name once; new with a nullsafe property
--FILE--
<?php
// op= and ++ read a dynamic name once; new with a nullsafe property.
$o = new stdClass;
$o->$undef .= 'x';
$o->$undef2++;
var_dump($o);
$h = null;
try { var_dump(new $h?->cls); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c = 'stdClass';
var_dump($o instanceof $c, $o::class);
--EXPECTF--

Warning: Undefined variable $undef in %s on line 4

Warning: Undefined property: stdClass::$ in %s on line 4

Warning: Undefined variable $undef2 in %s on line 5
object(stdClass)#1 (1) {
  [""]=>
  string(1) "y"
}
Class name must be a valid object or a string
bool(true)
string(8) "stdClass"
