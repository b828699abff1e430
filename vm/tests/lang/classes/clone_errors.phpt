--TEST--
clone: non-objects, private and protected __clone, throwables, and exceptions thrown by __clone
--FILE--
<?php
class Single {
    private static $instance;
    private function __clone() {}
    public static function get() { return self::$instance ??= new Single; }
    public static function copy() { return clone self::get(); }
}
class Base { protected function __clone() { echo "Base::__clone\n"; } }
class Child extends Base { public static function copy($o) { return clone $o; } }
class Fails {
    public $state = "original";
    public function __clone() {
        $this->state = "half-cloned";
        throw new RuntimeException("cannot clone Fails");
    }
}

function attempt($what, callable $f) {
    try {
        $r = $f();
        echo $what, ": ", is_object($r) ? get_class($r) : gettype($r), "\n";
    } catch (Throwable $e) {
        echo $what, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

attempt("int", fn() => clone 5);
attempt("null", fn() => clone null);
attempt("array", fn() => clone [1]);
attempt("private", fn() => clone Single::get());
attempt("private inside", fn() => Single::copy());
attempt("protected", fn() => clone new Base);
attempt("protected from subclass", fn() => Child::copy(new Base));
attempt("exception", fn() => clone new Exception("e"));
attempt("error", fn() => clone new TypeError("t"));
attempt("throwing __clone", fn() => clone new Fails);
$undefined = null;
attempt("undefined", function () { return clone $nope; });
?>
--EXPECTF--
int: Error: __clone method called on non-object
null: Error: __clone method called on non-object
array: Error: __clone method called on non-object
private: Error: Call to private Single::__clone() from global scope
private inside: Single
protected: Error: Call to protected Base::__clone() from global scope
Base::__clone
protected from subclass: Base
exception: Error: Trying to clone an uncloneable object of class Exception
error: Error: Trying to clone an uncloneable object of class TypeError
throwing __clone: RuntimeException: cannot clone Fails

Warning: Undefined variable $nope in %s on line 38
undefined: Error: __clone method called on non-object
