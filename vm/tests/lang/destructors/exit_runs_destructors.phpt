--TEST--
exit() unwinds the frames (their locals are destructed, finally blocks do not run), then the globals
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$global = new D("global");
function inner() {
    $local = new D("inner local");
    exit("exiting\n");
}
function outer() {
    $local = new D("outer local");
    inner();
    echo "not reached\n";
}
try {
    outer();
} finally {
    echo "finally does not run\n";
}
--EXPECT--
exiting
destroy inner local
destroy outer local
destroy global
