--TEST--
After a fatal error no destructor runs
--FILE--
<?php
class D {
    public function __destruct() { echo "never printed\n"; }
}
$d = new D;
function f() {
    $local = new D;
    trigger_error("fatal", E_USER_ERROR);
}
f();
--EXPECTF--

Fatal error: fatal in %s on line 8
