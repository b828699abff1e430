--TEST--
an uncaught TypeError names where the function was called and defined
--FILE--
<?php
function typed(int $x): int { return $x * 2; }
echo typed(2), "\n";
echo typed("two"), "\n";
--EXPECTF--
4

Fatal error: Uncaught TypeError: typed(): Argument #1 ($x) must be of type int, string given, called in %s on line 4 and defined in %s:2
Stack trace:
#0 %s(4): typed('two')
#1 {main}
  thrown in %s on line 2
