--TEST--
echo and print of every scalar, arithmetic, inline text around the PHP tags
--FILE--
<?php
echo "a", 'b', 1, 2.5, true, null, false, "\n";
print "print returns ";
echo print "", "\n";
$x = print "x\n";
echo $x, "\n";
echo 1 + 2 * 3 - 4 / 2, "\n";
echo -7 % 3, " ", 7 % -3, " ", 2 ** 10, " ", 2 ** -2, " ", -2 ** 2, "\n";
echo 10 / 4, " ", 10 / 5, " ", 1 / 3, "\n";
echo PHP_INT_MAX + 1, " ", PHP_INT_MAX * 2, " ", -PHP_INT_MAX - 2, "\n";
echo 0.1 + 0.2, " ", 1e100, " ", 1.5e-7, " ", 123456789012345678, "\n";
echo 7 <=> 3, 3 <=> 7, 3 <=> 3, "\n";
?>
inline text after the closing tag
<?php echo "back in php\n";
--EXPECT--
ab12.51
print returns 1
x
1
5
-1 1 1024 0.25 -4
2.5 2 0.33333333333333
9.2233720368548E+18 1.844674407371E+19 -9.2233720368548E+18
0.3 1.0E+100 1.5E-7 123456789012345678
1-10
inline text after the closing tag
back in php
