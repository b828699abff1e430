--TEST--
exit() in a destructor at shutdown ends the shutdown
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name}\n";
        if ($this->name === "b") {
            exit("exit in a destructor ends the shutdown\n");
        }
    }
}
$a = new D("a");
$b = new D("b");
$c = new D("c");
$list = [new D("in array")];
echo "end of script\n";
--EXPECT--
end of script
destroy c
destroy b
exit in a destructor ends the shutdown
