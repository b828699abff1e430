--TEST--
?? and ??= on variables, elements, string offsets, properties, static properties; evaluation order
--FILE--
<?php
$arr = ['a' => null, 'b' => ['c' => 0]];
var_dump($undef ?? 'u', $arr['a'] ?? 'a-null', $arr['b']['c'] ?? 'c', $arr['x']['y'] ?? 'xy');
$s = 'str';
var_dump($s[1] ?? 'o', $s[10] ?? 'out of range', $s['k'] ?? 'non-numeric offset');
$o = new stdClass; $o->p = null; $o->q = new stdClass;
var_dump($o->p ?? 'p-null', $o->q->r ?? 'no r', $o->missing->deep ?? 'deep');
class S { public static $v = null; public static $w = 'w'; }
var_dump(S::$v ?? 'static null', S::$w ?? 'x', S::$none ?? 'undeclared', Nope::$x ?? 'no class');
// only the left side is evaluated lazily
function side() { echo "side effect\n"; return 'rhs'; }
var_dump('set' ?? side());
var_dump(null ?? side());
// chained
var_dump($a1 ?? $a2 ?? $arr['b'] ?? 'last');
// ??= on each target
$n ??= 'created'; var_dump($n);
$arr['a'] ??= 'filled'; $arr['b']['c'] ??= 'kept'; $arr['new']['deep'] ??= 'nested';
var_dump($arr);
$o->p ??= 'prop'; $o->q->r ??= 'rr';
var_dump($o);
S::$v ??= 'static'; var_dump(S::$v);
// the right side of ??= runs only when needed, and the index once
function idx() { echo "idx evaluated\n"; return 'k'; }
$z = [];
$z[idx()] ??= 1;
$z[idx()] ??= 2;
var_dump($z);
--EXPECTF--
string(1) "u"
string(6) "a-null"
int(0)
string(2) "xy"
string(1) "t"
string(12) "out of range"
string(18) "non-numeric offset"
string(6) "p-null"
string(4) "no r"
string(4) "deep"

Fatal error: Uncaught Error: Class "Nope" not found in %s:9
Stack trace:
#0 {main}
  thrown in %s on line 9
