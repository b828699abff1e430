--TEST--
traits: methods, properties, static state per class, abstract methods, insteadof and as, precedence, traits using traits
--FILE--
<?php
trait Greets {
    public $greeting = "Hello";
    public function greet() { return "$this->greeting from " . __CLASS__ . " (" . static::class . ")"; }
    public static function make() { return new static(); }
    abstract public function name();
}
trait Counts {
    private static $count = 0;
    public static function bump() { return ++self::$count; }
}
class Person {
    use Greets, Counts;
    public function name() { return "person"; }
}
class Robot {
    use Counts;
}
$p = Person::make();
echo get_class($p), " ", $p->greet(), " ", $p->name(), "\n";
echo Person::bump(), Person::bump(), Robot::bump(), "\n";

trait A { public function hello() { return "A::hello"; } public function only() { return "only A"; } }
trait B { public function hello() { return "B::hello"; } }
class Both {
    use A, B {
        A::hello insteadof B;
        B::hello as helloFromB;
        only as protected hidden;
    }
    public function callHidden() { return $this->hidden(); }
}
$b = new Both;
echo $b->hello(), " ", $b->helloFromB(), " ", $b->only(), " ", $b->callHidden(), "\n";
try { $b->hidden(); } catch (Error $e) { echo $e->getMessage(), "\n"; }

class Base { public function who() { return "Base"; } }
trait Override { public function who() { return "Trait over " . parent::who(); } }
class Derived extends Base { use Override; }
class OwnWins extends Base { use Override; public function who() { return "own"; } }
echo (new Derived)->who(), " ", (new OwnWins)->who(), "\n";

trait Inner { public function inner() { return "inner"; } }
trait Outer { use Inner; public function outer() { return "outer+" . $this->inner(); } }
class UsesOuter { use Outer; }
echo (new UsesOuter)->outer(), "\n";
print_r(new Person);
--EXPECTF--
Person Hello from Person (Person) person
121
A::hello B::hello only A only A
Call to protected method Both::hidden() from global scope
Trait over Base own
outer+inner
Person Object
(
    [greeting] => Hello
)
