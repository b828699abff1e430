--TEST--
abstract classes: abstract methods implemented by subclasses, template methods, instantiation Errors
--FILE--
<?php
abstract class Shape {
    abstract public function area(): float;
    abstract protected function label();
    public function describe() {
        return $this->label() . " with area " . round($this->area(), 2);
    }
    public static function make(...$args) { return new static(...$args); }
}
abstract class Polygon extends Shape {
    protected function label() { return static::class; }
}
class Rect extends Polygon {
    private $w, $h;
    public function __construct($w = 1, $h = 1) { $this->w = $w; $this->h = $h; }
    public function area(): float { return $this->w * $this->h; }
}
class Circle extends Shape {
    private $r;
    public function __construct($r = 1) { $this->r = $r; }
    public function area(): float { return M_PI * $this->r ** 2; }
    protected function label() { return "circle"; }
}

$shapes = [new Rect(2, 3), Circle::make(2), Rect::make()];
foreach ($shapes as $s) {
    echo $s->describe(), "\n";
}
var_dump($shapes[0] instanceof Shape, $shapes[0] instanceof Polygon, $shapes[1] instanceof Polygon);

interface Visitor { function visit($x); }
abstract class Base implements Visitor {}

foreach (["Shape", "Polygon", "Visitor", "Base"] as $cls) {
    try {
        $o = match ($cls) {
            "Shape" => new Shape,
            "Polygon" => Polygon::make(),
            "Visitor" => new Visitor(),
            "Base" => new Base,
        };
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
Rect with area 6
circle with area 12.57
Rect with area 1
bool(true)
bool(true)
bool(false)
Error: Cannot instantiate abstract class Shape
Error: Cannot instantiate abstract class Polygon
Error: Cannot instantiate interface Visitor
Error: Cannot instantiate abstract class Base
