--TEST--
__destruct runs when the last handle goes: assigning null, unset, reassignment
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
$a = new D("a");
$a = null;
echo "after null\n";
$b = new D("b");
unset($b);
echo "after unset\n";
$c = new D("c1");
$c = new D("c2");
echo "after reassign\n";
$d = new D("d");
$e = $d;
$d = null;
echo "still held by \$e\n";
$e = 42;
echo "after last handle\n";
$f = new D("f");
$f = $f;
echo "self-assign keeps it\n";
echo "end\n";
--EXPECT--
destroy a
after null
destroy b
after unset
destroy c1
after reassign
still held by $e
destroy d
after last handle
self-assign keeps it
end
destroy f
destroy c2
