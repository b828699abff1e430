--TEST--
An interrupt function throws inside __destruct: the exception leaves the destructor where the object was released
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=throw
zend_test.interrupt_message=interrupted in a destructor
--FILE--
<?php
class Guard {
    public function __construct(public string $name) {}
    public function __destruct() {
        $a = new VmInterruptComparable(1);
        $b = new VmInterruptComparable(2);
        if ($a > $b) {
            echo "not reached\n";
        }
        echo "not reached either\n";
    }
}
try {
    $g = new Guard("assigned null");
    $g = null;
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught after the assignment: ", $e->getMessage(), "\n";
}
function scope() {
    $local = new Guard("local");
    return "returned";
}
try {
    echo scope(), "\n";
} catch (Exception $e) {
    echo "caught after the return: ", $e->getMessage(), "\n";
}
function thrower() {
    $local = new Guard("unwound");
    throw new LogicException("first");
}
try {
    thrower();
} catch (Exception $e) {
    echo "caught while unwinding: ", get_class($e), ": ", $e->getMessage(),
        ", previous: ", $e->getPrevious()->getMessage(), "\n";
}
var_dump(zend_test_interrupt_count());
$atEnd = new Guard("at shutdown");
echo "end of script\n";
?>
--EXPECTF--
caught after the assignment: interrupted in a destructor
caught after the return: interrupted in a destructor
caught while unwinding: Exception: interrupted in a destructor, previous: first
int(3)
end of script

Fatal error: Uncaught Exception: interrupted in a destructor in %s:%d
Stack trace:
#0 [internal function]: Guard->__destruct()
#1 {main}
  thrown in %s on line %d
