--TEST--
Dynamic property names: read, write, op=, ++, isset, empty, unset, ??
--FILE--
<?php
// $o->$name and $o->{expr}: read, write, op=, ++/--, isset, empty, unset, ??.
class C {
    public $a = 1;
    public $ab = 'x';
    public $arr = [];
}
$o = new C;
$p = 'a';
echo $o->$p, ' ', $o->{'a' . 'b'}, ' ', $o->{$p}, "\n";
$o->$p = 10;
$o->$p += 5;
$o->{$p} *= 2;
$o->$p++;
++$o->$p;
$o->$p--;
echo $o->a, "\n";
$o->{'a' . 'b'} .= 'y';
echo $o->ab, "\n";
$o->$p ??= 'not used';
$q = 'fresh';
$o->{$q} ??= 'set';
var_dump($o->fresh);
var_dump(isset($o->$p), isset($o->{'nope'}), empty($o->$p), empty($o->{'nope'}));
var_dump($o->{'nope'} ?? 'default', $o->$p ?? 'default');
unset($o->$p);
var_dump(isset($o->a), property_exists($o, 'a'));
echo $o->$p;
echo "\n";
// The name is any value converted to a string.
$o->{1} = 'one';
$o->{1.5} = 'float';
$o->{true} = 'bool';
var_dump($o->{'1'}, $o->{'1.5'});
var_dump($o);
--EXPECTF--
1 x 1
31
xy

Deprecated: Creation of dynamic property C::$fresh is deprecated in %s on line 22
string(3) "set"
bool(true)
bool(false)
bool(false)
bool(true)
string(7) "default"
int(31)
bool(false)
bool(true)

Warning: Undefined property: C::$a in %s on line 28


Deprecated: Creation of dynamic property C::$1 is deprecated in %s on line 31

Deprecated: Creation of dynamic property C::$1.5 is deprecated in %s on line 32
string(4) "bool"
string(5) "float"
object(C)#1 (5) {
  ["ab"]=>
  string(2) "xy"
  ["arr"]=>
  array(0) {
  }
  ["fresh"]=>
  string(3) "set"
  ["1"]=>
  string(4) "bool"
  ["1.5"]=>
  string(5) "float"
}
