--TEST--
empty on falsy values, missing elements, string offsets, properties and expressions
--FILE--
<?php
$vals = ['0' => '0', 'empty' => '', 'zero' => 0, 'fzero' => 0.0, 'null' => null, 'false' => false, 'arr' => [], '00' => '00', 'space' => ' ', 'obj' => new stdClass, 'f' => '0.0'];
foreach ($vals as $k => $v) echo str_pad($k, 6), var_export(empty($vals[$k]), true), "\n";
var_dump(empty($undef), empty($vals['missing']), empty($vals['arr'][0]));
$s = 'a0';
var_dump(empty($s[0]), empty($s[1]), empty($s[2]));
class E { public $z = 0; private $priv = 1; }
$e = new E;
var_dump(empty($e->z), empty($e->priv), empty($e->nope));
var_dump(empty(trim('  ')), empty(1 - 1));
--EXPECTF--
0     true
empty true
zero  true
fzero true
null  true
false true
arr   true
00    false
space false
obj   false
f     false
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
