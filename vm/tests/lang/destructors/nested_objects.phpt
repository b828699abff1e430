--TEST--
Objects held by a destructed object are destructed after it
--FILE--
<?php
class D {
    public $held = [];
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$outer = new D("outer");
$outer->held[] = new D("held 1");
$outer->held[] = new D("held 2");
$sibling = new D("sibling");
function scope() {
    $x = new D("x");
    $x->held[] = new D("held by x");
    $y = new D("y");
}
scope();
echo "after scope\n";
$outer = null;
echo "after outer\n";
class Unsets {
    public $child;
    public function __destruct() {
        echo "Unsets::__destruct releases its child\n";
        $this->child = null;
        echo "Unsets::__destruct done\n";
    }
}
$u = new Unsets;
$u->child = new D("child");
unset($u);
echo "end\n";
--EXPECT--
destroy x
destroy held by x
destroy y
after scope
destroy outer
destroy held 1
destroy held 2
after outer
Unsets::__destruct releases its child
destroy child
Unsets::__destruct done
end
destroy sibling
