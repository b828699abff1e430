--TEST--
generators: foreach over a finished generator throws; its methods do not
--FILE--
<?php
function g() { yield 1; yield 2; }
$gen = g();
foreach ($gen as $v) echo $v, "\n";
try {
    foreach ($gen as $v) echo $v, "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// the methods on a closed generator do not throw
var_dump($gen->valid(), $gen->current(), $gen->key());
$gen->next();
$gen->rewind();
echo "rewind of a finished generator that ran past its first yield:\n";
foreach ($gen as $v) {}
--EXPECTF--
1
2
Exception: Cannot traverse an already closed generator
bool(false)
NULL
NULL

Fatal error: Uncaught Exception: Cannot rewind a generator that was already run in %s:13
Stack trace:
#0 %s(13): Generator->rewind()
#1 {main}
  thrown in %s on line 13
