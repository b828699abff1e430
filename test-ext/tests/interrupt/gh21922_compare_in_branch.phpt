--TEST--
GH-21922 seed: an interrupt raised in the comparison slow path of a branch
--DESCRIPTION--
The compare handler raises the interrupt flag; the comparison is false, so
the fused JMPZ takes its jump, which polls the flag inside the delayed
helper of the tailcall kind. The helper returns the "re-enter" tag, which the
calling handler must check before dispatching on.
--EXTENSIONS--
zend_test
--INI--
opcache.jit=0
zend_test.observer.set_vm_interrupt_on_begin=1
--FILE--
<?php
function test(VmInterruptComparable $a, VmInterruptComparable $b) {
    if ($a < $b) {
        return "smaller";
    }
    return new stdClass;
}
var_dump(test(new VmInterruptComparable(2), new VmInterruptComparable(1)));
var_dump(zend_test_interrupt_count() > 0);
?>
--EXPECT--
object(stdClass)#3 (0) {
}
bool(true)
