--TEST--
An interrupt raised by a comparison in a branch inside __destruct, wherever the destructor runs
--DESCRIPTION--
Destructors run in frames the VM creates outside normal calls: right after
the op that released the object, as a function returns, as an exception
unwinds a frame, and at shutdown. In each, the comparison of two
VmInterruptComparable objects raises the flag and the taken jump of the
branch services it (inside the comparison's delayed helper on the tailcall
kind, the path of php-src pull request 21922).
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=print
zend_test.interrupt_marker=** interrupt **
--FILE--
<?php
class Guard {
    public function __construct(public string $name) {}
    public function __destruct() {
        $a = new VmInterruptComparable(2);
        $b = new VmInterruptComparable(1);
        if ($a < $b) {
            echo "not reached\n";
        }
        echo "destroy {$this->name}\n";
    }
}
$g = new Guard("released by an assignment");
$g = null;
echo "after the assignment\n";
function scope() {
    $local = new Guard("local of a returning function");
    echo "returning\n";
}
scope();
echo "after the return\n";
function thrower() {
    $local = new Guard("local of a throwing function");
    throw new Exception("unwinding");
}
try {
    thrower();
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
new Guard("temporary");
echo "after the temporary\n";
$atEnd = new Guard("global at shutdown");
var_dump(zend_test_interrupt_count());
echo "end of script\n";
?>
--EXPECT--
** interrupt **
destroy released by an assignment
after the assignment
returning
** interrupt **
destroy local of a returning function
after the return
** interrupt **
destroy local of a throwing function
caught: unwinding
** interrupt **
destroy temporary
after the temporary
int(4)
end of script
** interrupt **
destroy global at shutdown
