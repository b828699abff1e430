--TEST--
A destructor called while an exception unwinds the frame: its exception gets the first as previous
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name}\n";
        throw new RuntimeException("from destructor");
    }
}
function f() {
    $local = new D("local");
    throw new LogicException("original");
}
try {
    f();
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
    $p = $e->getPrevious();
    echo "previous: ", get_class($p), ": ", $p->getMessage(), "\n";
}
class Quiet {
    public function __destruct() { echo "quiet destructor sees no exception\n"; }
}
function g() {
    $q = new Quiet;
    throw new Exception("passes through");
}
try {
    g();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), ", previous: ", var_export($e->getPrevious(), true), "\n";
}
--EXPECT--
destroy local
RuntimeException: from destructor
previous: LogicException: original
quiet destructor sees no exception
caught: passes through, previous: NULL
