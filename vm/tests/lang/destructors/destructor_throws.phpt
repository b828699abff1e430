--TEST--
An exception thrown by a destructor is thrown where the object was released
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name}\n";
        throw new Exception("thrown by {$this->name}");
    }
}
try {
    $a = new D("assigned null");
    $a = null;
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
}
function f() {
    $local = new D("local");
    echo "in f\n";
}
try {
    f();
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    new D("temporary");
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
try {
    unset($nothing);
    $b = new D("unset");
    unset($b);
    echo "not reached\n";
} catch (Exception $e) {
    echo "caught: ", $e->getMessage(), "\n";
}
echo "end\n";
--EXPECT--
destroy assigned null
caught: thrown by assigned null (line 6)
in f
destroy local
caught: thrown by local
destroy temporary
caught: thrown by temporary
destroy unset
caught: thrown by unset
end
