--TEST--
assignment and every compound assignment operator
--FILE--
<?php
$a = 10;
$a += 5; echo $a, "\n";
$a -= 3; echo $a, "\n";
$a *= 2; echo $a, "\n";
$a /= 4; echo $a, "\n";
$a %= 4; echo $a, "\n";
$a **= 3; echo $a, "\n";
$s = "x";
$s .= "y"; $s .= 1; $s .= 2.5; echo $s, "\n";
$b = $c = 7; echo $b + $c, "\n";
$n = 6; $n &= 3; echo $n, " "; $n |= 8; echo $n, " "; $n ^= 1; echo $n, " "; $n <<= 2; echo $n, " "; $n >>= 1; echo $n, "\n";
$u = null; $u ??= "default"; $u ??= "ignored"; echo $u, "\n";
echo ($z = 5) * 2, " ", $z, "\n";
--EXPECT--
15
12
24
6
2
8
xy12.5
14
2 10 11 44 22
default
10 5
