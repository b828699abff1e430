--TEST--
Anonymous classes extend classes, implement interfaces, use traits and satisfy type hints
--FILE--
<?php
interface Shape { public function area(): float; }
interface Named { const PREFIX = "shape:"; public function name(): string; }
abstract class Base {
    public function __construct(protected string $label) {}
    abstract protected function describe(): string;
    public function show(): string { return $this->label . " " . $this->describe(); }
}
trait Counts {
    private static int $made = 0;
    public static function made(): int { return self::$made; }
    public function bump(): void { self::$made++; }
}

function total(Shape ...$shapes): float {
    $sum = 0.0;
    foreach ($shapes as $s) $sum += $s->area();
    return $sum;
}

$square = new class(2.0) extends Base implements Shape, Named {
    use Counts;
    public function __construct(private float $side) {
        parent::__construct("square");
        $this->bump();
    }
    protected function describe(): string { return "of side {$this->side}"; }
    public function area(): float { return $this->side ** 2; }
    public function name(): string { return self::PREFIX . $this->label; }
};
echo $square->show(), "\n";
echo $square->name(), "\n";
var_dump($square instanceof Base, $square instanceof Shape, $square instanceof Named);
var_dump(total($square, new class implements Shape {
    public function area(): float { return 1.5; }
}));
echo $square->made(), "\n";
var_dump(get_parent_class($square));
var_dump(class_implements($square));
var_dump(is_subclass_of($square, 'Base'), is_a($square, 'Shape'));
var_dump(method_exists($square, 'area'), property_exists($square, 'side'));

// Extending an internal class.
$ex = new class("boom", 7) extends Exception {
    public function detail(): string { return $this->getMessage() . "/" . $this->getCode(); }
};
echo $ex->detail(), "\n";
try {
    throw $ex;
} catch (Exception $e) {
    echo get_class($e) === get_class($ex) ? "same\n" : "different\n";
}

// An anonymous class overriding a method and calling the parent's.
class Greeter { public function hi($who) { return "hi $who"; } }
$loud = new class extends Greeter {
    public function hi($who) { return strtoupper(parent::hi($who)) . "!"; }
};
echo $loud->hi("bob"), "\n";
function greet(Greeter $g) { return $g->hi("ann"); }
echo greet($loud), "\n";
--EXPECTF--
square of side 2
shape:square
bool(true)
bool(true)
bool(true)
float(5.5)
1
string(4) "Base"
array(2) {
  ["Shape"]=>
  string(5) "Shape"
  ["Named"]=>
  string(5) "Named"
}
bool(true)
bool(true)
bool(true)
bool(true)
boom/7
same
HI BOB!
HI ANN!
