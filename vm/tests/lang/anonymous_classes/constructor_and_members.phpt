--TEST--
Anonymous classes: constructor arguments, promoted properties, methods using $this
--FILE--
<?php
// Constructor arguments, promoted properties and methods using $this.
$greeting = "hello";
$o = new class($greeting, 3) {
    public array $log = [];
    public function __construct(public string $word, private int $times) {
        $this->log[] = "constructed";
    }
    public function say(): string {
        return str_repeat($this->word . " ", $this->times);
    }
    public function times(): int { return $this->times; }
};
echo $o->say(), "\n";
echo $o->times(), "\n";
var_dump($o);
$o->word = "bye";
echo $o->say(), "\n";

// No parentheses, no arguments.
$e = new class {
    public $n = 1;
    function inc() { return ++$this->n; }
};
echo $e->inc(), $e->inc(), "\n";

// The object is an ordinary object: clone, comparison, foreach.
$c = clone $e;
$c->n = 10;
var_dump($e->n, $c->n, $e == $c, $e instanceof $c);
foreach (new class { public $a = 1; public $b = 2; protected $c = 3; } as $k => $v) {
    echo "$k=$v\n";
}

// Named and spread arguments reach the constructor.
$args = [1, 2];
$p = new class(...$args) {
    function __construct(public $a, public $b) {}
};
var_dump($p->a, $p->b);
$q = new class(b: 'B', a: 'A') {
    function __construct(public $a = 'x', public $b = 'y') {}
};
echo $q->a, $q->b, "\n";

// Arguments are evaluated before the constructor runs, left to right.
function arg($x) { echo "arg $x\n"; return $x; }
$r = new class(arg(1), arg(2)) {
    function __construct($a, $b) { echo "ctor $a $b\n"; }
};
--EXPECTF--
hello hello hello 
3
object(class@anonymous)#1 (3) {
  ["log"]=>
  array(1) {
    [0]=>
    string(11) "constructed"
  }
  ["word"]=>
  string(5) "hello"
  ["times":"class@anonymous":private]=>
  int(3)
}
bye bye bye 
23
int(3)
int(10)
bool(false)
bool(true)
a=1
b=2
int(1)
int(2)
AB
arg 1
arg 2
ctor 1 2
