--TEST--
assignment: ++ and -- on ints, null, floats, numeric and alphanumeric strings, bools, limits, elements, properties; TypeErrors
--FILE--
<?php
$i = 5; var_dump($i++, $i, ++$i, $i--, --$i);
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$f = 1.5; $f++; var_dump($f);
$s = 'a'; $s++; var_dump($s);
$z = 'Az'; $z++; var_dump($z);
$zz = 'zz'; $zz++; var_dump($zz);
$a9 = 'a9'; $a9++; var_dump($a9);
$num = '5'; $num++; var_dump($num);
$fl = '1.5'; $fl--; var_dump($fl);
$e = ''; $e++; var_dump($e);
$e2 = ''; $e2--; var_dump($e2);
$b = true; $b++; var_dump($b);
$max = PHP_INT_MAX; $max++; var_dump($max);
$min = PHP_INT_MIN; $min--; var_dump($min);
$arr = ['c' => 1]; $arr['c']++; $arr['new']++; var_dump($arr);
$o = new stdClass; $o->p = 1; $o->p++; ++$o->p; var_dump($o->p);
try { $x = []; $x++; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $y = new stdClass; $y--; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(5)
int(6)
int(7)
int(7)
int(5)
int(1)
NULL
float(2.5)
string(1) "b"
string(2) "Ba"
string(3) "aaa"
string(2) "b0"
int(6)
float(0.5)
string(1) "1"
int(-1)
bool(true)
float(9.223372036854776E+18)
float(-9.223372036854776E+18)

Warning: Undefined array key "new" in %s on line 17
array(2) {
  ["c"]=>
  int(2)
  ["new"]=>
  int(1)
}
int(3)
Cannot increment array
Cannot decrement stdClass
