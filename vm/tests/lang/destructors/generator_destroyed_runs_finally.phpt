--TEST--
A generator destroyed while suspended in try runs its finally blocks, innermost first
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
function simple() {
    $local = new D("simple's local");
    try {
        echo "simple: before yield\n";
        yield 1;
        echo "simple: not reached\n";
    } finally {
        echo "simple: finally\n";
    }
}
$g = simple();
$g->current();
$g = null;
echo "after simple\n";
function nested() {
    try {
        try {
            yield 1;
        } finally {
            echo "nested: inner finally\n";
        }
        echo "nested: not reached\n";
    } finally {
        echo "nested: outer finally\n";
    }
    echo "nested: not reached either\n";
}
$g = nested();
$g->current();
unset($g);
echo "after nested\n";
function inCatch() {
    try {
        throw new Exception("e");
    } catch (Exception $e) {
        yield "from catch";
    } finally {
        echo "inCatch: finally\n";
    }
}
$g = inCatch();
echo $g->current(), "\n";
$g = null;
echo "after inCatch\n";
function noTry() {
    $local = new D("noTry's local");
    yield 1;
}
$g = noTry();
$g->current();
$g = null;
echo "after noTry\n";
function notStarted() {
    try {
        yield 1;
    } finally {
        echo "notStarted: never\n";
    }
}
$g = notStarted();
$g = null;
echo "after notStarted\n";
foreach (simple() as $v) {
    echo "foreach got $v\n";
    break;
}
echo "after foreach\n";
$atEnd = nested();
$atEnd->current();
echo "end of script\n";
--EXPECT--
simple: before yield
simple: finally
destroy simple's local
after simple
nested: inner finally
nested: outer finally
after nested
from catch
inCatch: finally
after inCatch
destroy noTry's local
after noTry
after notStarted
simple: before yield
foreach got 1
simple: finally
destroy simple's local
after foreach
end of script
nested: inner finally
nested: outer finally
