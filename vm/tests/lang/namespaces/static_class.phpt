--TEST--
self::class, static::class, get_class, get_called_class and __CLASS__ in namespaced classes
--FILE--
<?php
namespace Model;

class Base {
    public static function create() { return new static; }
    public function who() { return [self::class, static::class, get_class($this), get_called_class(), __CLASS__]; }
}
class Child extends Base {}

print_r((new Child)->who());
print_r(Child::create()->who());
echo Base::class, " ", \Model\Child::class, " ", namespace\Child::class, "\n";
$c = new Child;
echo get_class($c), "\n";
print_r($c);
echo "\n";
--EXPECT--
Array
(
    [0] => Model\Base
    [1] => Model\Child
    [2] => Model\Child
    [3] => Model\Child
    [4] => Model\Base
)
Array
(
    [0] => Model\Base
    [1] => Model\Child
    [2] => Model\Child
    [3] => Model\Child
    [4] => Model\Base
)
Model\Base Model\Child Model\Child
Model\Child
Model\Child Object
(
)

