--TEST--
Undefined variable variables warn as php does
--FILE--
<?php
$name = 'nothing';
var_dump($$name);
$$name .= 'text';
var_dump($nothing);
$count = 'counter';
$$count++;
var_dump($counter);
$sum = 'total';
$$sum += 5;
var_dump($total);
// The name itself undefined: the name is "".
var_dump($$undefined_name);
$list = [1];
var_dump(${$list});
--EXPECTF--

Warning: Undefined variable $nothing in %s/varvar_undefined.php on line 3
NULL

Warning: Undefined variable $nothing in %s/varvar_undefined.php on line 4
string(4) "text"

Warning: Undefined variable $counter in %s/varvar_undefined.php on line 7
int(1)

Warning: Undefined variable $total in %s/varvar_undefined.php on line 10
int(5)

Warning: Undefined variable $undefined_name in %s/varvar_undefined.php on line 13

Warning: Undefined variable $ in %s/varvar_undefined.php on line 13
NULL

Warning: Array to string conversion in %s/varvar_undefined.php on line 15

Warning: Undefined variable $Array in %s/varvar_undefined.php on line 15
NULL
