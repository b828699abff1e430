--TEST--
Chains of dynamic property names, elements and nullsafe
--FILE--
<?php
// Chains of dynamic names: nested objects, elements, nullsafe.
$o = new stdClass;
$a = 'inner';
$b = 'value';
$o->$a = new stdClass;
$o->$a->$b = 1;
$o->$a->$b += 41;
echo $o->inner->value, "\n";
echo $o->{'in' . 'ner'}->{$b}, "\n";
$p = 'list';
$o->$p = [];
$o->$p[0] = 'first';
$o->$p[] = 'second';
$o->$p['k']['deep'] = 'x';
var_dump($o->list);
echo $o->$p[1], "\n";
var_dump(isset($o->$a->$b), isset($o->$a->nope->$b), isset($o->$p['k']['deep']));
unset($o->$p['k']);
var_dump(count($o->list));
$n = null;
var_dump($n?->$a, $n?->$a->$b, $n?->{'x'}, isset($n?->$a));
$o->$a->$b = null;
var_dump($o?->$a?->$b);
$names = ['inner', 'value'];
echo $o->{$names[0]}->{$names[1]} ?? 'null', "\n";
echo $o->{$names[0]}?->{$names[1]} ?? 'null', "\n";
--EXPECTF--
42
42
array(3) {
  [0]=>
  string(5) "first"
  [1]=>
  string(6) "second"
  ["k"]=>
  array(1) {
    ["deep"]=>
    string(1) "x"
  }
}
second
bool(true)
bool(false)
bool(true)
int(2)
NULL
NULL
NULL
bool(false)
NULL
null
null
