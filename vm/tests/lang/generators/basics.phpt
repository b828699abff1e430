--TEST--
generators: foreach, keys, send, yield from, return values, exceptions, finally, rewind errors
--FILE--
<?php
function counter($from, $to) {
    for ($i = $from; $i <= $to; $i++) {
        yield $i;
    }
    return "done";
}
foreach (counter(1, 3) as $k => $v) {
    echo "$k => $v\n";
}
$g = counter(5, 6);
var_dump($g instanceof Generator);
echo $g->current(), "\n";
$g->next();
echo $g->key(), ":", $g->current(), "\n";
$g->next();
var_dump($g->valid(), $g->current(), $g->getReturn());

function kv() {
    yield 'a' => 1;
    yield 'b' => 2;
    yield 3;
    yield 10 => 4;
    yield 5;
}
foreach (kv() as $k => $v) echo "$k=$v ";
echo "\n";

function echoer() {
    $received = [];
    while (true) {
        $x = yield count($received);
        if ($x === null) break;
        $received[] = $x;
    }
    return $received;
}
$e = echoer();
echo $e->current(), "\n";
echo $e->send("first"), "\n";
echo $e->send("second"), "\n";
$e->next();
var_dump($e->valid(), $e->getReturn());

function inner() { yield 1; yield 2; return "inner result"; }
function outer() {
    $r = yield from inner();
    echo "inner returned: $r\n";
    yield from ['x' => 'arr1', 'y' => 'arr2'];
    yield 3;
}
foreach (outer() as $k => $v) echo "$k: $v\n";

$lazy = (function () { echo "started\n"; yield 1; })();
echo "created\n";
foreach ($lazy as $v) echo $v, "\n";

function fib() { [$a, $b] = [0, 1]; while (true) { yield $a; [$a, $b] = [$b, $a + $b]; } }
foreach (fib() as $i => $f) { if ($i >= 10) break; echo $f, " "; }
echo "\n";

class Tree {
    private $items;
    public function __construct(array $items) { $this->items = $items; }
    public function walk() { foreach ($this->items as $i) { yield $i * 2; } }
}
$t = new Tree([1, 2, 3]);
echo implode(",", iterator_to_array_shim($t->walk())), "\n";
function iterator_to_array_shim($it) { $out = []; foreach ($it as $v) $out[] = $v; return $out; }

function thrower() { yield 1; throw new RuntimeException("inside"); }
try { foreach (thrower() as $v) echo "got $v\n"; } catch (RuntimeException $ex) { echo "caught ", $ex->getMessage(), "\n"; }

function withFinally() { try { yield 1; yield 2; } finally { echo "finally ran\n"; } }
foreach (withFinally() as $v) echo "v$v\n";

$gen = counter(1, 2);
foreach ($gen as $v) {}
try { foreach ($gen as $v) {} } catch (Exception $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
$gen2 = counter(1, 3);
$gen2->current(); $gen2->next();
try { $gen2->rewind(); } catch (Exception $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
$gen3 = counter(1, 2);
try { $gen3->getReturn(); } catch (Exception $ex) { echo get_class($ex), ": ", $ex->getMessage(), "\n"; }
function typed(): Generator { yield 1; return 5; }
$ty = typed(); foreach ($ty as $_) {} var_dump($ty->getReturn());
function noyield() { return; yield; }
var_dump(noyield()->valid());
--EXPECTF--
0 => 1
1 => 2
2 => 3
bool(true)
5
1:6
bool(false)
NULL
string(4) "done"
a=1 b=2 0=3 10=4 11=5 
0
1
2
bool(false)
array(2) {
  [0]=>
  string(5) "first"
  [1]=>
  string(6) "second"
}
0: 1
1: 2
inner returned: inner result
x: arr1
y: arr2
0: 3
created
started
1
0 1 1 2 3 5 8 13 21 34 
2,4,6
got 1
caught inside
v1
v2
finally ran
Exception: Cannot traverse an already closed generator
Exception: Cannot rewind a generator that was already run
Exception: Cannot get return value of a generator that hasn't returned
int(5)
bool(false)
