--TEST--
A function's locals are destructed when it returns, before the caller goes on
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
function f() {
    $x = new D("x");
    $y = new D("y");
    echo "in f\n";
}
f();
echo "back\n";
function g() {
    $kept = new D("returned");
    $local = new D("local");
    return $kept;
}
$r = g();
echo "got {$r->name}\n";
function h(D $param) {
    echo "in h with {$param->name}\n";
}
h(new D("argument"));
echo "after h\n";
function early(bool $stop) {
    $v = new D("early");
    if ($stop) {
        return "stopped";
    }
    return "went on";
}
echo early(true), "\n";
echo "end\n";
--EXPECT--
in f
destroy x
destroy y
back
destroy local
got returned
in h with argument
destroy argument
after h
destroy early
stopped
end
destroy returned
