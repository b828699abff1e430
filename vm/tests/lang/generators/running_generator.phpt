--TEST--
generators: resuming a generator from inside itself throws an Error
--FILE--
<?php
function selfRef() {
    global $gen;
    yield 1;
    try {
        $gen->next();
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
    yield 2;
}
$gen = selfRef();
foreach ($gen as $v) echo "v=$v\n";

function selfSend() { global $g2; yield 1; $g2->send('x'); }
$g2 = selfSend();
$g2->current();
$g2->next();
--EXPECTF--
v=1
Error: Cannot resume an already running generator
v=2

Fatal error: Uncaught Error: Cannot resume an already running generator in %s:15
Stack trace:
#0 %s(15): Generator->send('x')
#1 [internal function]: selfSend()
#2 %s(18): Generator->next()
#3 {main}
  thrown in %s on line 15
