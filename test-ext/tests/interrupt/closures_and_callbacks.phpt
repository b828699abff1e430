--TEST--
Interrupts from compare handlers inside closures, arrow functions and callbacks of usort and array_map
--EXTENSIONS--
zend_test
--INI--
zend_test.observer.set_vm_interrupt_on_begin=1
--FILE--
<?php
$values = [];
foreach ([5, 3, 8, 1] as $v) {
    $values[] = new VmInterruptComparable($v);
}
usort($values, function (VmInterruptComparable $a, VmInterruptComparable $b) {
    if ($a < $b) {
        return -1;
    }
    return $a == $b ? 0 : 1;
});
echo implode(",", array_map(fn($o) => $o->value, $values)), "\n";

$pivot = new VmInterruptComparable(4);
$flags = array_map(function ($o) use ($pivot) {
    if ($o > $pivot) {
        return "big";
    }
    return "small";
}, $values);
echo implode(",", $flags), "\n";

$count = 0;
$bump = function (VmInterruptComparable $a, VmInterruptComparable $b) use (&$count) {
    while ($a < $b) {
        $count++;
        $a = new VmInterruptComparable($a->value + 1);
    }
};
$bump(new VmInterruptComparable(0), new VmInterruptComparable(3));
echo $count, "\n";
var_dump(zend_test_interrupt_count() > 10);
?>
--EXPECT--
1,3,5,8
small,small,big,big
3
bool(true)
