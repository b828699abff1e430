--TEST--
static properties: an undeclared one is an uncaught Error
--FILE--
<?php
class A { public static $a = 1; }
echo A::$a, "\n";
echo A::$b, "\n";
echo "not reached\n";
?>
--EXPECTF--
1

Fatal error: Uncaught Error: Access to undeclared static property A::$b in %s:4
Stack trace:
#0 {main}
  thrown in %s on line 4
