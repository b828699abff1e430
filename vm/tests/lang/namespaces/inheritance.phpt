--TEST--
extends, implements and trait use with imported and namespaced names
--FILE--
<?php
namespace Base {
    interface Shape { public function area(): float; }
    abstract class Polygon implements Shape {
        public function describe(): string { return static::class . " extends " . get_parent_class($this); }
    }
    trait Named { public function name(): string { return __CLASS__; } }
}
namespace Shapes {
    use Base\Polygon;
    use Base\Shape as IShape;
    use Base\Named;

    class Square extends Polygon implements IShape {
        use Named;
        public function __construct(private float $side) {}
        public function area(): float { return $this->side ** 2; }
    }
    $s = new Square(3);
    echo $s->area(), "\n";
    echo $s->describe(), "\n";
    echo $s->name(), "\n";
    var_dump($s instanceof IShape, $s instanceof Polygon, $s instanceof \Base\Shape);
    print_r(class_implements($s));
    echo "\n";
}
--EXPECT--
9
Shapes\Square extends Base\Polygon
Shapes\Square
bool(true)
bool(true)
bool(true)
Array
(
    [Base\Shape] => Base\Shape
)

