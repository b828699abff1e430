--TEST--
generators: getReturn() before the return, after an exception, without return and without a yield
--FILE--
<?php
function g() { yield 1; return 'ret'; }
$gen = g();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen->current();
try { $gen->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$gen->next();
var_dump($gen->getReturn());

function noReturn() { yield 1; }
$n = noReturn();
foreach ($n as $_) {}
var_dump($n->getReturn());

function throws() { yield 1; throw new RuntimeException("boom"); }
$t = throws();
try { foreach ($t as $v) echo "v=$v\n"; } catch (RuntimeException $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump($t->valid());
try { $t->getReturn(); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }

// a generator returning without yielding anything
function empty_gen() { return 7; yield; }
$e = empty_gen();
var_dump($e->valid(), $e->current(), $e->getReturn());
--EXPECTF--
Exception: Cannot get return value of a generator that hasn't returned
Exception: Cannot get return value of a generator that hasn't returned
string(3) "ret"
NULL
v=1
caught boom
bool(false)
Exception: Cannot get return value of a generator that hasn't returned
bool(false)
NULL
int(7)
