--TEST--
magic property methods: recursion guard (direct access inside __get/__set), inaccessible properties without the matching magic method
--FILE--
<?php
class Lazy {
    public function __get($name) {
        echo "get $name\n";
        return $name === 'foo' ? $this->foo : null;
    }
    public function __set($name, $value) {
        echo "set $name\n";
        if ($name === 'foo') {
            $this->foo = $value * 2;
        } else {
            $this->bar = $value * 2;
        }
    }
}
$l = new Lazy();
var_dump($l->foo);
$l->foo = 21;
var_dump($l->foo);
$l->bar = 1;
var_dump($l);

class Only {
    private $p = 1;
    public function __get($n) { echo "get $n\n"; return 42; }
}
$o = new Only();
var_dump($o->p);
try {
    $o->p = 2;
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(isset($o->p), isset($o->q));
try {
    unset($o->p);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

class Chain {
    public function __get($n) {
        echo "get $n\n";
        if ($n === 'a') {
            return $this->b;
        }
        throw new RuntimeException("no $n");
    }
}
$c = new Chain();
try {
    var_dump($c->a);
} catch (RuntimeException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump(isset($c->a));

class Unsetter {
    public $x = 1;
    public function __get($n) { echo "get $n\n"; return 'magic'; }
    public function __unset($n) { echo "unset $n\n"; }
}
$u = new Unsetter();
var_dump($u->x);
unset($u->x);
var_dump($u->x);
unset($u->x);
$u->x = 2;
var_dump($u->x);
--EXPECTF--
get foo

Warning: Undefined property: Lazy::$foo in %s on line 5
NULL
set foo

Deprecated: Creation of dynamic property Lazy::$foo is deprecated in %s on line 10
int(42)
set bar

Deprecated: Creation of dynamic property Lazy::$bar is deprecated in %s on line 12
object(Lazy)#1 (2) {
  ["foo"]=>
  int(42)
  ["bar"]=>
  int(2)
}
get p
int(42)
Error: Cannot access private property Only::$p
bool(false)
bool(false)
Error: Cannot access private property Only::$p
get a
get b
RuntimeException: no b
bool(false)
int(1)
get x
string(5) "magic"
unset x
int(2)
