--TEST--
generators: rewind() after the first yield throws, uncaught
--FILE--
<?php
function g() { yield 1; yield 2; yield 3; }
$gen = g();
$gen->rewind();
$gen->rewind(); // still at the first yield: fine
echo $gen->current(), "\n";
$gen->next();
try { $gen->rewind(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $gen->current(), "\n";
// uncaught
$gen->rewind();
--EXPECTF--
1
Exception: Cannot rewind a generator that was already run
2

Fatal error: Uncaught Exception: Cannot rewind a generator that was already run in %s:11
Stack trace:
#0 %s(11): Generator->rewind()
#1 {main}
  thrown in %s on line 11
