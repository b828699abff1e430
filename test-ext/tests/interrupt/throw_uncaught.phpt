--TEST--
An interrupt function that throws, left uncaught: php's fatal error output
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=throw
zend_test.interrupt_message=nobody catches this
--FILE--
<?php
function spin(VmInterruptComparable $a, VmInterruptComparable $b) {
    if ($a < $b) {
        echo "never\n";
    }
    echo "after: not reached\n";
}
echo "start\n";
// Once caught, to show the count of serviced interrupts before the end.
try {
    spin(new VmInterruptComparable(1), new VmInterruptComparable(0));
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
var_dump(zend_test_interrupt_count() > 0);
spin(new VmInterruptComparable(1), new VmInterruptComparable(0));
echo "not reached\n";
?>
--EXPECTF--
start
caught: nobody catches this
bool(true)

Fatal error: Uncaught Exception: nobody catches this in %s:%d
Stack trace:
#0 %s(%d): spin(Object(VmInterruptComparable), Object(VmInterruptComparable))
#1 {main}
  thrown in %s on line %d
