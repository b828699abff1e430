--TEST--
strings: interpolation of simple and braced array, property, method, closure and variable-variable forms
--FILE--
<?php
$a = ['key' => 'K', 0 => 'zero', 'n' => [1 => ['x', 'y']], 'q' => 'Q', -1 => 'minus'];
$o = new stdClass; $o->p = 'P'; $o->q = new stdClass; $o->q->r = 'R'; $o->arr = ['i' => 'I'];
class M { public $prop = 'prop'; public function m() { return 'method'; } }
$m = new M; $k = 'key'; $i = 0; $fn = fn($x) => "<$x>";
echo "simple: $a[key] $a[0] $o->p $a[q] $a[-1]\n";
echo "variable key: $a[$k] $a[$i]\n";
echo "braced: {$a['key']} {$a['n'][1][1]} {$o->q->r} {$o->arr['i']}\n";
echo "method call: {$m->m()} and property {$m->prop}\n";
echo "variable variable: {${'k'}}\n";
echo "closure call: {$fn('x')}\n";
echo "one level only: $a[n] and $o->p->x\n";
echo "not interpolated: {\$a} \{$k} { $k}\n";
echo "adjacent: $k$k {$k}s ${k}s\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 14
simple: K zero P Q minus
variable key: K zero
braced: K y R I
method call: method and property prop
variable variable: key
closure call: <x>

Warning: Array to string conversion in %s on line 12
one level only: Array and P->x
not interpolated: {$a} \{key} { key}
adjacent: keykey keys keys
