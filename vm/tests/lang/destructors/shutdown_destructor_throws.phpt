--TEST--
An exception from a destructor at shutdown is a fatal error that ends the shutdown
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name}\n";
        if ($this->name === "b") {
            throw new Exception("thrown at shutdown");
        }
    }
}
$a = new D("a");
$b = new D("b");
$c = new D("c");
echo "end of script\n";
--EXPECTF--
end of script
destroy c
destroy b

Fatal error: Uncaught Exception: thrown at shutdown in %s:7
Stack trace:
#0 [internal function]: D->__destruct()
#1 {main}
  thrown in %s on line 7
