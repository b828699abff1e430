--TEST--
clone: __clone runs on the copy (deep copies, counters, inherited and parent::__clone)
--FILE--
<?php
class Engine { public $hp = 100; }
class Car {
    public static $clones = 0;
    public $engine;
    public $name;
    public function __construct($name) {
        $this->name = $name;
        $this->engine = new Engine;
    }
    public function __clone() {
        self::$clones++;
        $this->engine = clone $this->engine;
        $this->name .= " (copy)";
    }
}
class SportsCar extends Car {
    public $turbo = false;
    public function __clone() {
        parent::__clone();
        $this->turbo = true;
        echo "SportsCar::__clone on ", $this->name, "\n";
    }
}
class Van extends Car {}

$a = new Car("a");
$b = clone $a;
$b->engine->hp = 200;
var_dump($a->name, $b->name, $a->engine->hp, $b->engine->hp);

$s = new SportsCar("s");
$t = clone $s;
var_dump($s->turbo, $t->turbo, $t->name, $s->engine === $t->engine);

$v = clone new Van("v");
var_dump($v->name, Car::$clones);

class Node {
    public $children = [];
    public $label;
    public function __construct($label) { $this->label = $label; }
    public function __clone() {
        $copies = [];
        foreach ($this->children as $c) {
            $copies[] = clone $c;
        }
        $this->children = $copies;
    }
}
$root = new Node("root");
$root->children = [new Node("a"), new Node("b")];
$copy = clone $root;
$copy->children[0]->label = "changed";
var_dump($root->children[0]->label, $copy->children[0]->label);
?>
--EXPECT--
string(1) "a"
string(8) "a (copy)"
int(100)
int(200)
SportsCar::__clone on s (copy)
bool(false)
bool(true)
string(8) "s (copy)"
bool(false)
string(8) "v (copy)"
int(3)
string(1) "a"
string(7) "changed"
