--TEST--
An interrupt function that throws: the exception is caught by a try in the caller
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=throw
zend_test.interrupt_message=interrupted here
--FILE--
<?php
function compare(VmInterruptComparable $a, VmInterruptComparable $b) {
    if ($a > $b) {
        echo "not reached\n";
    }
    echo "not reached either\n";
}
function caller() {
    try {
        compare(new VmInterruptComparable(1), new VmInterruptComparable(2));
        echo "after the call: not reached\n";
    } catch (Exception $e) {
        echo "caught: ", $e->getMessage(), "\n";
    } finally {
        echo "finally\n";
    }
    return "caller returns";
}
echo caller(), "\n";
var_dump(zend_test_interrupt_count());
?>
--EXPECT--
caught: interrupted here
finally
caller returns
int(1)
