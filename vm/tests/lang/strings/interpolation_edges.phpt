--TEST--
interpolation of keys, properties, calls through braces, escapes
--FILE--
<?php
$a = ['k' => 'v', 3 => 'three', 'nested' => ['in' => 'side']];
$i = 3;
$o = new stdClass;
$o->p = 'prop';
$o->q = new stdClass;
$o->q->r = 'deep';
echo "$a[k] $a[3] {$a[$i]} {$a['nested']['in']}\n";
echo "$o->p {$o->q->r} $o->p->q\n";
$fn = fn($x) => strtoupper($x);
$name = 'o';
echo "${name}\n";
echo "{$fn('call')}\n";
$n = 5;
echo "$n% {$n}0 \$n \{$n} $n[0]\n";
echo "unicode: \u{48}\u{49} octal: \101 hex: \x42\n";
echo 'single $n \n \' \\', "\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 12
v three three side
prop deep prop->q
o
CALL

Warning: Trying to access array offset on value of type int in %s on line 15
5% 50 $n \{5} 
unicode: HI octal: A hex: B
single $n \n ' \
