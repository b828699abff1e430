--TEST--
First-class callables and string interpolation with dynamic class and member names
--FILE--
<?php
// First-class callables and interpolation with dynamic class and member names.
class A { public $a = 'va'; static function make() { return static::class; } function inst() { return 'inst'; }
  function viaSelf($m) { $f = self::$m(...); return $f(); } }
class B extends A {}
$o = new B; $p = 'a'; $m = 'make'; $i = 'inst';
$f = $o::make(...); echo $f(), "\n";
$f = $o::$m(...); echo $f(), "\n";
$f = A::{'ma' . 'ke'}(...); echo $f(), "\n";
$f = $o->$i(...); echo $f(), "\n";
echo $o->viaSelf('inst'), "\n";
echo "{$o->$p} {$o->{'a'}}\n";
$arr = [$o];
echo $arr[0]::make(), "\n";
--EXPECTF--
B
B
A
inst
inst
va va
B
