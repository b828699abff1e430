--TEST--
Observer-begin interrupts: every destructor call raises the flag as it begins, wherever the VM starts it
--DESCRIPTION--
With zend_test.observer.set_vm_interrupt_on_begin the observer's begin hook
raises the flag for every user function, destructors included; the flag is
serviced as the destructor's frame starts, before its first statement, on
every kind (the first marker is the main script's own begin).
--EXTENSIONS--
zend_test
--INI--
zend_test.observer.set_vm_interrupt_on_begin=1
zend_test.interrupt_action=print
zend_test.interrupt_marker=** interrupt **
--FILE--
<?php
class Guard {
    public $name;
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$g = new Guard;
$g->name = "released by an assignment";
$g = null;
echo "after the assignment\n";
function scope() {
    $local = new Guard;
    $local->name = "local";
    echo "returning\n";
}
scope();
echo "after the return\n";
$end = new Guard;
$end->name = "global at shutdown";
echo "end of script\n";
?>
--EXPECT--
** interrupt **
** interrupt **
destroy released by an assignment
after the assignment
** interrupt **
returning
** interrupt **
destroy local
after the return
end of script
** interrupt **
destroy global at shutdown
