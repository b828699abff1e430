--TEST--
Destructors in loops, of values captured by closures, of generator locals, of callback results
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
for ($i = 1; $i <= 3; $i++) {
    $cur = new D("loop $i");
    echo "iteration $i\n";
}
echo "after loop\n";
$captured = new D("captured");
$fn = function () use ($captured) { return $captured->name; };
$captured = null;
echo "closure still holds it: ", $fn(), "\n";
$fn = null;
echo "after closure\n";
function gen() {
    $local = new D("generator local");
    yield 1;
    yield 2;
}
$g = gen();
foreach ($g as $v) {
    echo "yielded $v\n";
    break;
}
$g = null;
echo "after generator\n";
$objs = array_map(fn($n) => new D("mapped $n"), [1, 2]);
echo count($objs), " mapped\n";
$objs = [];
echo "end\n";
--EXPECT--
iteration 1
destroy loop 1
iteration 2
destroy loop 2
iteration 3
after loop
closure still holds it: captured
destroy captured
after closure
yielded 1
destroy generator local
after generator
2 mapped
destroy mapped 1
destroy mapped 2
end
destroy loop 3
