--TEST--
An uncaught exception from a destructor shows the destructor call in the trace
--FILE--
<?php
class D {
    public function __destruct() {
        throw new Exception("thrown by a destructor");
    }
}
function release() {
    $d = new D;
    $d = null;
    echo "not reached\n";
}
release();
--EXPECTF--

Fatal error: Uncaught Exception: thrown by a destructor in %s:4
Stack trace:
#0 %s(9): D->__destruct()
#1 %s(12): release()
#2 {main}
  thrown in %s on line 4
