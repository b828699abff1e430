--TEST--
modifying a readonly property is an uncaught Error
--FILE--
<?php
class A {
    public function __construct(public readonly int $x) {}
}
$a = new A(1);
echo $a->x, "\n";
$a->x = 2;
?>
--EXPECTF--
1

Fatal error: Uncaught Error: Cannot modify readonly property A::$x in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
