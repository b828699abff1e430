--TEST--
Dynamic property names that are no identifiers, and name conversions
--FILE--
<?php
// Property names that are no identifiers: numbers, spaces, empty,
// objects with __toString, arrays.
class Name {
    function __toString(): string { return 'fromobj'; }
}
$o = new stdClass;
$o->{'0'} = 'zero';
$o->{'a b'} = 'space';
$o->{''} = 'empty';
$o->{new Name} = 'obj';
$k = '-1';
$o->$k = 'minus';
var_dump($o->{'0'}, $o->{0}, $o->{'a b'}, $o->{''}, $o->fromobj, $o->{'-1'});
var_dump(get_object_vars($o));
$arr = (array) $o;
var_dump(isset($arr[0]), isset($arr['a b']));
$n = [1];
$o->$n = 'arr';
var_dump($o->Array);
echo $o->$undefined ?? 'undefined name', "\n";
echo $o->{'missing'};
echo "\n";
--EXPECTF--
string(4) "zero"
string(4) "zero"
string(5) "space"
string(5) "empty"
string(3) "obj"
string(5) "minus"
array(5) {
  [0]=>
  string(4) "zero"
  ["a b"]=>
  string(5) "space"
  [""]=>
  string(5) "empty"
  ["fromobj"]=>
  string(3) "obj"
  [-1]=>
  string(5) "minus"
}
bool(true)
bool(true)

Warning: Array to string conversion in %s on line 19
string(3) "arr"

Warning: Undefined variable $undefined in %s on line 21
empty

Warning: Undefined property: stdClass::$missing in %s on line 22

