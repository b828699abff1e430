--TEST--
Anonymous classes inside methods, closures, arrow functions, generators and each other
--FILE--
<?php
// Anonymous classes inside methods, closures, arrow functions and other
// anonymous classes; `self`, `static` and `$this` mean the innermost class.
class Outer {
    private $secret = "outer secret";
    const NAME = "Outer";
    public function inner() {
        $secret = $this->secret;
        return new class($secret) {
            const NAME = "inner";
            public function __construct(private $copy) {}
            public function reveal() { return self::NAME . " has " . $this->copy; }
            public function deeper() {
                return new class($this) {
                    public function __construct(private $parent) {}
                    public function chain() { return "deeper <- " . $this->parent->reveal(); }
                };
            }
        };
    }
}
$in = (new Outer)->inner();
echo $in->reveal(), "\n";
echo $in->deeper()->chain(), "\n";
$names = array_map(fn($o) => strstr(get_class($o), "\0", true), [$in, $in->deeper()]);
print_r($names);

// In closures: captured variables go to the constructor.
$prefix = ">>";
$make = function ($text) use ($prefix) {
    return new class($prefix, $text) {
        public function __construct(private $p, private $t) {}
        public function __toString(): string { return $this->p . " " . $this->t; }
    };
};
echo $make("one"), "\n", $make("two"), "\n";
$arrow = fn($n) => new class($n * 2) { public function __construct(public $doubled) {} };
echo $arrow(21)->doubled, "\n";

// A closure made inside an anonymous class's method is bound to it.
$holder = new class {
    private $value = "private value";
    public function getter() { return function () { return $this->value; }; }
    public function staticGetter() { return static fn() => static::class; }
};
echo $holder->getter()(), "\n";
var_dump($holder->staticGetter()() === get_class($holder));

// Anonymous classes as class-member values and array elements.
$handlers = [
    'up' => new class { function run($s) { return strtoupper($s); } },
    'rev' => new class { function run($s) { return strrev($s); } },
];
foreach ($handlers as $k => $h) echo $k, ": ", $h->run("abc"), "\n";

// An anonymous class inside a generator.
function gen() {
    for ($i = 0; $i < 2; $i++) {
        yield new class($i) { function __construct(public $i) {} };
    }
}
foreach (gen() as $o) echo $o->i;
echo "\n";
--EXPECTF--
inner has outer secret
deeper <- inner has outer secret
Array
(
    [0] => class@anonymous
    [1] => class@anonymous
)
>> one
>> two
42
private value
bool(true)
up: ABC
rev: cba
01
