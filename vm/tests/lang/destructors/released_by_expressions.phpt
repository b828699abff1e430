--TEST--
Objects released by foreach, a method releasing its own object, ??, ?:, match, casts, list() and clone
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
    public function selfRelease() { global $o; $o = null; echo "still running {$this->name}\n"; }
}
$a = [new D("in foreach")];
foreach ($a as $v) { echo "loop\n"; }
$a = null; unset($v);
echo "after foreach\n";
$o = new D("self");
$o->selfRelease();
echo "after method\n";
function withStatic() { static $s; $s = new D("static"); }
withStatic();
$x = new D("x") ?? null;
$x = null;
echo "after coalesce\n";
$t = true ? new D("ternary") : null;
$t = null;
echo "after ternary\n";
$m = match(1) { 1 => new D("match") };
$m = null;
echo "after match\n";
class S { function __toString() { return "str"; } function __destruct() { echo "destroy anon\n"; } }
$s = (string)(new S);
echo "after cast $s\n";
$arr = ['k' => new D("list")];
['k' => $l] = $arr;
$arr = null; $l = null;
echo "after list\n";
$c = clone new D("cloned");
$c = null;
echo "after clone\n";
echo "end\n";
--EXPECT--
loop
destroy in foreach
after foreach
still running self
destroy self
after method
destroy x
after coalesce
destroy ternary
after ternary
destroy match
after match
destroy anon
after cast str
destroy list
after list
destroy cloned
destroy cloned
after clone
end
destroy static
