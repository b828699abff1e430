--TEST--
generators: yield as an expression, send() before and after start, next() sends null, yields inside expressions
--FILE--
<?php
function logger() {
    echo "start\n";
    $a = yield 1;
    echo "got a=", var_export($a, true), "\n";
    $b = yield 2;
    echo "got b=", var_export($b, true), "\n";
    $c = (yield 'k' => 3) . "!";
    echo "got c=$c\n";
    return $a . $b;
}
$g = logger();
// send() on a fresh generator runs to the first yield, sends, and returns the next value
var_dump($g->send('x'));
var_dump($g->current());
var_dump($g->send('y'));
var_dump($g->key());
var_dump($g->send('z'));
var_dump($g->valid(), $g->getReturn());
// send() on a finished generator returns null
var_dump($g->send('late'));

// next() sends null
function echoes() { while (true) { $v = yield; echo "recv: ", var_export($v, true), "\n"; if ($v === 'stop') return; } }
$e = echoes();
$e->current();
$e->next();
$e->send(42);
$e->send('stop');
var_dump($e->valid());

// yield inside expressions
function expr() {
    $sum = (yield 1) + (yield 2);
    echo "sum=$sum\n";
    $arr = [yield 'x', yield 'y'];
    var_dump($arr);
}
$g = expr();
foreach ([10, 20, 'p', 'q'] as $s) { echo "at ", $g->current(), "\n"; $g->send($s); }
--EXPECTF--
start
got a='x'
int(2)
int(2)
got b='y'
int(3)
string(1) "k"
got c=z!
NULL
bool(false)
string(2) "xy"
NULL
recv: NULL
recv: 42
recv: 'stop'
bool(false)
at 1
at 2
sum=30
at x
at y
array(2) {
  [0]=>
  string(1) "p"
  [1]=>
  string(1) "q"
}
