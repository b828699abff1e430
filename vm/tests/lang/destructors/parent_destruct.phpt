--TEST--
parent::__destruct(), inherited and overriding destructors
--FILE--
<?php
class Base {
    public function __construct(protected string $name) {}
    public function __destruct() { echo "Base::__destruct for {$this->name}\n"; }
}
class Child extends Base {
    public function __destruct() {
        echo "Child::__destruct\n";
        parent::__destruct();
    }
}
class Inherits extends Base {}
class Silent extends Base {
    // Overrides without calling the parent: only this one runs.
    public function __destruct() { echo "Silent::__destruct\n"; }
}
$c = new Child("child");
unset($c);
$i = new Inherits("inherits");
unset($i);
$s = new Silent("silent");
unset($s);
echo "end\n";
--EXPECT--
Child::__destruct
Base::__destruct for child
Base::__destruct for inherits
Silent::__destruct
end
