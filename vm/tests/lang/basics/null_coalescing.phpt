--TEST--
??, ??= on variables and elements, ?-> chains, ?:
--FILE--
<?php
$a = null;
echo $a ?? "default", "\n";
echo $undefined ?? "undefined is fine", "\n";
$arr = ['x' => ['y' => null]];
echo $arr['x']['y'] ?? "nested null", "\n";
echo $arr['missing']['deeper'] ?? "missing path", "\n";
$arr['count'] ??= 0;
$arr['count'] ??= 10;
var_dump($arr['count']);
$b ??= "assigned once";
$b ??= "not again";
echo $b, "\n";
$o = null;
var_dump($o?->prop, $o?->method(), $o?->a->b->c);
$p = new stdClass;
$p->child = null;
var_dump($p->child?->name ?? "chain default");
echo 0 ?: "elvis", " ", "set" ?: "no", "\n";
var_dump(null ?? false ?? "x", isset($arr['x']), isset($arr['x']['y']), empty($arr['x']['y']));
--EXPECTF--
default
undefined is fine
nested null
missing path
int(0)
assigned once
NULL
NULL
NULL
string(13) "chain default"
elvis set
bool(false)
bool(true)
bool(false)
bool(true)
