--TEST--
magic property methods: ??= through __isset/__get/__set, exceptions from __get, readonly properties with __set
--FILE--
<?php
class A {
    public $d = [];
    public function __get($n) { echo "get $n\n"; return $this->d[$n] ?? null; }
    public function __set($n, $v) { echo "set $n\n"; $this->d[$n] = $v; }
    public function __isset($n) { echo "isset $n\n"; return isset($this->d[$n]); }
    public function __unset($n) { echo "unset $n\n"; unset($this->d[$n]); }
}
$a = new A;
$a->x ??= 5;
$a->x ??= 6;
var_dump($a->x);
var_dump(property_exists($a, 'x'), get_object_vars($a));
function f() { throw new Exception("boom"); }
class B { public function __get($n) { return f(); } }
$b = new B;
try { echo $b->z; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { echo $b->z; } catch (Exception $e) { echo $e->getMessage(), "\n"; }
class R { public function __construct(public readonly int $v) {} public function __set($n, $x) { echo "set $n\n"; } }
$r = new R(1);
try { $r->v = 2; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$r->w = 3;
--EXPECT--
isset x
set x
isset x
get x
get x
int(5)
bool(false)
array(1) {
  ["d"]=>
  array(1) {
    ["x"]=>
    int(5)
  }
}
boom
boom
Cannot modify readonly property R::$v
set w
