--TEST--
A destructor runs while an interrupt is pending: it is serviced as the destructor's frame is entered
--DESCRIPTION--
A comparison outside a branch raises the flag and no poll site follows
before the release of an object with a destructor. The VM enters the
executor for the destructor, and the entry poll services the interrupt,
on every kind, before the destructor's first statement.
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=print
zend_test.interrupt_marker=** interrupt **
--FILE--
<?php
class Guard {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$a = new VmInterruptComparable(1);
$b = new VmInterruptComparable(2);
$g = new Guard("released by an assignment");
$smaller = $a < $b;
$g = null;
echo "after the assignment\n";
function scope(VmInterruptComparable $a, VmInterruptComparable $b) {
    $local = new Guard("local");
    $result = $a <=> $b;
    return $result;
}
var_dump(scope($a, $b));
$last = new Guard("global at shutdown");
$same = $a == $b;
echo "end of script\n";
?>
--EXPECT--
** interrupt **
destroy released by an assignment
after the assignment
** interrupt **
destroy local
int(-1)
end of script
** interrupt **
destroy global at shutdown
