--TEST--
Call stack: trace frames
--FILE--
<?php
function gen() { yield 1; throw new RuntimeException("in gen"); }
function run() { foreach (gen() as $v) { echo $v, "\n"; } }
try { run(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
class M { public function __get($n) { throw new LogicException("get $n"); } }
try { (new M)->foo; } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { call_user_func('run'); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function inner() { debug_print_backtrace(); }
$g = (function () { inner(); yield 1; })();
$g->current();
function viaSend() { $x = yield; inner(); }
$h = viaSend(); $h->current(); $h->send(5);
--EXPECTF--
1
#0 %s(3): gen()
#1 %s(4): run()
#2 {main}
#0 %s(6): M->__get('foo')
#1 {main}
1
#0 %s(3): gen()
#1 %s(7): run()
#2 {main}
#0 %s(9): inner()
#1 [internal function]: {closure}()
#2 %s(10): Generator->current()
#0 %s(11): inner()
#1 [internal function]: viaSend()
#2 %s(12): Generator->send(5)
