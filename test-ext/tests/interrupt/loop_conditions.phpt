--TEST--
Interrupts in loop conditions over many iterations are all serviced
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=count
--FILE--
<?php
$limit = new VmInterruptComparable(1000);
$sum = 0;
for ($i = 0; new VmInterruptComparable($i) < $limit; $i++) {
    $sum += $i;
}
echo "sum $sum\n";
// The back-edge of each of the 1000 iterations that continue polls; the
// exit falls through without a jump and polls nowhere in this loop.
echo "serviced ", zend_test_interrupt_count(), "\n";

$count_before = zend_test_interrupt_count();
$i = 0;
while (true) {
    if (new VmInterruptComparable($i) >= $limit) {
        break;
    }
    $i++;
}
echo "stopped at $i\n";
var_dump(zend_test_interrupt_count() - $count_before >= 1000);
?>
--EXPECT--
sum 499500
serviced 1000
stopped at 1000
bool(true)
