--TEST--
A destructor reads and writes the object's properties
--FILE--
<?php
class Conn {
    private array $log = [];
    public function __construct(public string $name, private int $id) {}
    public function add(string $line) { $this->log[] = $line; }
    public function __destruct() {
        echo "closing {$this->name} #{$this->id} after ", count($this->log), " lines: ", implode(", ", $this->log), "\n";
        $this->name = "changed";
        echo "name is now {$this->name}\n";
    }
}
$c = new Conn("db", 7);
$c->add("select");
$c->add("update");
$c = null;
echo "end\n";
--EXPECT--
closing db #7 after 2 lines: select, update
name is now changed
end
