--TEST--
An uncaught exception destructs the frames it leaves, then the fatal error, then the globals
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$global = new D("global");
function thrower() {
    $local = new D("local of the throwing function");
    throw new RuntimeException("nobody catches this");
}
function caller() {
    $local = new D("local of the caller");
    thrower();
}
caller();
--EXPECTF--
destroy local of the throwing function
destroy local of the caller

Fatal error: Uncaught RuntimeException: nobody catches this in %s:9
Stack trace:
#0 %s(13): thrower()
#1 %s(15): caller()
#2 {main}
  thrown in %s on line 9
destroy global
