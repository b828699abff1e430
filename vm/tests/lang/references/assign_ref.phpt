--TEST--
Assignment by reference binds two names to one value
--FILE--
<?php
$a = 1;
$b = &$a;
$b = 2;
var_dump($a);
$a = "three";
var_dump($b);
// unset() breaks the binding, it does not destroy the value.
unset($b);
$b = 4;
var_dump($a, $b);
// Rebinding a reference.
$x = 1; $y = 2;
$r = &$x;
$r = &$y;
$r = 20;
var_dump($x, $y);
// A reference to an undefined variable creates it as null.
$n = &$undefined;
var_dump($undefined);
// The value of the assignment expression.
$p = 5;
var_dump($q = &$p);
?>
--EXPECT--
int(2)
string(5) "three"
string(5) "three"
int(4)
int(1)
int(20)
NULL
int(5)
