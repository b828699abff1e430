--TEST--
generators: throw() into a suspended, unstarted, finished and delegating generator
--FILE--
<?php
function catcher() {
    while (true) {
        try {
            $v = yield;
            echo "value: $v\n";
        } catch (LogicException $e) {
            echo "caught inside: ", $e->getMessage(), "\n";
            yield 'recovered';
        }
    }
}
$g = catcher();
$g->current();
$g->send('a');
// throw() returns the next yielded value
var_dump($g->throw(new LogicException('first')));
$g->send('b');
// not caught inside: propagates out of throw() and closes the generator
try { $g->throw(new RuntimeException('second')); } catch (RuntimeException $e) { echo "caught outside: ", $e->getMessage(), "\n"; }
var_dump($g->valid());

// throw() into a generator that has not started: it first runs to its first yield
function notStarted() { echo "body runs\n"; try { yield 1; } catch (Exception $e) { echo "caught inside: ", $e->getMessage(), "\n"; } }
$n = notStarted();
try { $n->throw(new Exception('early')); } catch (Exception $e) { echo "outside: ", $e->getMessage(), "\n"; }
var_dump($n->valid());

// throw() into a finished generator throws the exception in the caller
function done() { yield 1; }
$d = done();
foreach ($d as $_) {}
try { $d->throw(new Exception('late')); } catch (Exception $e) { echo "finished: ", $e->getMessage(), "\n"; }

// throw() into a delegating generator goes to the innermost one
function inner() { try { yield 1; } catch (Exception $e) { echo "inner caught ", $e->getMessage(), "\n"; yield 2; } }
function outer() { yield from inner(); yield 3; }
$o = outer();
$o->current();
var_dump($o->throw(new Exception('deep')));
$o->next();
var_dump($o->current());
--EXPECTF--
value: a
caught inside: first
string(9) "recovered"
caught outside: second
bool(false)
body runs
caught inside: early
bool(false)
finished: late
inner caught deep
int(2)
int(3)
