--TEST--
Private and protected destructors: called in scope, an Error outside it, ignored with a warning at shutdown
--FILE--
<?php
class Hidden {
    private function __destruct() { echo "private destructor\n"; }
    public static function make() { $h = new Hidden; $h = null; echo "released inside the class\n"; }
}
class Prot {
    protected function __destruct() { echo "protected destructor\n"; }
}
class Sub extends Prot {
    public static function make() { $p = new Prot; $p = null; echo "released in subclass\n"; }
}
Hidden::make();
Sub::make();
$h = new Hidden;
$p = new Prot;
echo "end\n";
--EXPECT--
private destructor
released inside the class
protected destructor
released in subclass
end

Warning: Call to protected Prot::__destruct() from global scope during shutdown ignored in Unknown on line 0

Warning: Call to private Hidden::__destruct() from global scope during shutdown ignored in Unknown on line 0
