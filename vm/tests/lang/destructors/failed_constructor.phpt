--TEST--
No destructor for an object whose constructor threw; thrown exceptions are freed
--FILE--
<?php
class D {
    public function __construct(public string $name, bool $fail = false) {
        echo "construct {$this->name}\n";
        if ($fail) {
            throw new Exception("constructor of {$this->name} failed");
        }
    }
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
// php never calls the destructor of an object whose constructor threw.
try {
    $d = new D("failing", true);
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
class Child extends D {
    public function __construct(string $name) {
        try {
            parent::__construct($name, true);
        } catch (Exception $e) {
            echo "caught inside: ", $e->getMessage(), "\n";
        }
    }
}
// The exception did not leave the constructor called by `new`.
$c = new Child("recovered");
$c = null;
// Thrown and caught exceptions are freed like other objects.
try {
    throw new Exception("temporary");
} catch (Exception $e) {
}
$e = null;
var_dump(new stdClass);
echo "end\n";
--EXPECT--
construct failing
constructor of failing failed
construct recovered
caught inside: constructor of recovered failed
destroy recovered
object(stdClass)#1 (0) {
}
end
