--TEST--
A destructor is called once, also when it keeps $this alive; an explicit call does not count
--FILE--
<?php
class Phoenix {
    public static $saved = [];
    public function __construct(public string $name) {}
    public function __destruct() {
        echo "destroy {$this->name}\n";
        // Keeping $this alive: php does not call the destructor again.
        self::$saved[] = $this;
    }
}
$p = new Phoenix("p");
$p = null;
echo "saved: ", count(Phoenix::$saved), "\n";
Phoenix::$saved = [];
echo "released again, no second call\n";
class Explicit {
    public function __destruct() { echo "Explicit::__destruct\n"; }
}
$e = new Explicit;
$e->__destruct();
echo "explicit call done\n";
$e = null;
echo "end\n";
--EXPECT--
destroy p
saved: 1
released again, no second call
Explicit::__destruct
explicit call done
Explicit::__destruct
end
