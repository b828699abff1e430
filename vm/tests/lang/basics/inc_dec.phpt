--TEST--
increment and decrement of ints, floats, null and strings
--FILE--
<?php
$i = 5;
echo $i++, " ", $i, " ", ++$i, " ", $i--, " ", --$i, "\n";
$f = 1.5; $f++; var_dump($f);
$n = null; $n++; var_dump($n);
$m = null; $m--; var_dump($m);
$max = PHP_INT_MAX; $max++; var_dump($max);
$s = "9"; $s++; var_dump($s);
$t = "a"; $t++; var_dump($t);
$z = "Az"; $z++; var_dump($z);
$zz = "zz"; $zz++; var_dump($zz);
--EXPECT--
5 6 7 7 5
float(2.5)
int(1)
NULL
float(9.223372036854776E+18)
int(10)
string(1) "b"
string(2) "Ba"
string(3) "aaa"
