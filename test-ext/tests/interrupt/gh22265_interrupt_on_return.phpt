--TEST--
GH-22265 seed: an interrupt pending when a callee returns to its caller
--DESCRIPTION--
The callee's last statement is a comparison of two comparables, whose
compare handler raises the flag; the callee is called from another
function. The interrupt is then serviced on the way back to the caller (on
the call and tailcall kinds) and the caller must resume after its call, not
re-enter it.
--EXTENSIONS--
zend_test
--INI--
zend_test.observer.set_vm_interrupt_on_begin=1
--FILE--
<?php
function compare_last(VmInterruptComparable $a, VmInterruptComparable $b): bool {
    return $a < $b;
}
function caller() {
    $calls = 0;
    $r = compare_last(new VmInterruptComparable(1), new VmInterruptComparable(2));
    $calls++;
    if ($r) {
        return "ok after $calls call";
    }
    return "bad";
}
echo caller(), "\n";
var_dump(zend_test_interrupt_count() >= 2);
?>
--EXPECT--
ok after 1 call
bool(true)
