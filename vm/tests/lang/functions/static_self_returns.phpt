--TEST--
functions: static and self return types, with TypeErrors naming the resolved class
--FILE--
<?php
class Base {
    public static function create(): static { return new static(); }
    public function self(): self { return $this; }
    public function fluent(): static { return $this; }
    public function wrong(): static { return new Base(); }
}
class Child extends Base {}
echo get_class(Base::create()), "\n";
echo get_class(Child::create()), "\n";
echo get_class((new Child)->self()), "\n";
echo get_class((new Child)->fluent()), "\n";
echo get_class((new Base)->wrong()), "\n";
try { (new Child)->wrong(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
class Other { public function bad(): self { return new Base; } }
try { (new Other)->bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
Base
Child
Child
Child
Base
Base::wrong(): Return value must be of type Child, Base returned
Other::bad(): Return value must be of type Other, Base returned
