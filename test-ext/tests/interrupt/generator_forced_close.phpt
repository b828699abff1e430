--TEST--
Interrupts in the finally block of a generator destroyed while suspended
--DESCRIPTION--
Releasing a suspended generator resumes it in its finally block: a frame
the VM creates outside any call. The comparison in a branch there raises
the flag and the taken jump services it (through the comparison's delayed
helper on the tailcall kind); a pending interrupt is serviced as that frame
is entered.
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=print
zend_test.interrupt_marker=** interrupt **
--FILE--
<?php
function gen(VmInterruptComparable $a, VmInterruptComparable $b) {
    try {
        yield 1;
        echo "not reached\n";
    } finally {
        if ($a > $b) {
            echo "not reached either\n";
        }
        echo "finally of the destroyed generator\n";
    }
}
$a = new VmInterruptComparable(1);
$b = new VmInterruptComparable(2);
$g = gen($a, $b);
echo $g->current(), "\n";
$g = null;
echo "after the release\n";
$g = gen($a, $b);
$g->current();
$pending = $a == $b;
$g = null;
echo "after the release with an interrupt pending\n";
$atEnd = gen($a, $b);
$atEnd->current();
echo "end of script\n";
?>
--EXPECT--
1
** interrupt **
finally of the destroyed generator
after the release
** interrupt **
** interrupt **
finally of the destroyed generator
after the release with an interrupt pending
end of script
** interrupt **
finally of the destroyed generator
