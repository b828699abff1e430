--TEST--
Objects in reference cycles are destructed at the end of the script
--FILE--
<?php
class Node {
    public $other;
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
function cycle() {
    $a = new Node("a in a cycle");
    $b = new Node("b in a cycle");
    $a->other = $b;
    $b->other = $a;
}
cycle();
echo "after cycle(): the cycle is still alive\n";
$self = new Node("refers to itself");
$self->other = $self;
$self = null;
echo "after releasing the self-reference\n";
$plain = new Node("plain");
$plain = null;
echo "end of script\n";
--EXPECT--
after cycle(): the cycle is still alive
after releasing the self-reference
destroy plain
end of script
destroy a in a cycle
destroy b in a cycle
destroy refers to itself
