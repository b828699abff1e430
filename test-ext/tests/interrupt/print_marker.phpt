--TEST--
The print action writes a marker line where each interrupt is serviced
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=print
zend_test.interrupt_marker=** interrupt **
--FILE--
<?php
$a = new VmInterruptComparable(1);
$b = new VmInterruptComparable(2);
echo "before\n";
if ($a > $b) {
    echo "no\n";
}
echo "after the taken jump\n";
zend_test_raise_interrupt();
echo "after the internal call\n";
var_dump(zend_test_interrupt_count());
?>
--EXPECT--
before
** interrupt **
after the taken jump
** interrupt **
after the internal call
int(2)
