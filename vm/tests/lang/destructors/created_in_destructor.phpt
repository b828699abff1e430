--TEST--
Objects created in a destructor, also at shutdown
--FILE--
<?php
class Child {
    public function __construct(public string $name) { echo "create {$this->name}\n"; }
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
class Parent_ {
    public function __destruct() {
        echo "Parent_::__destruct starts\n";
        $temp = new Child("local of the destructor");
        new Child("statement in the destructor");
        self::$kept = new Child("kept in a static");
        echo "Parent_::__destruct ends\n";
    }
    public static $kept;
}
$p = new Parent_;
$p = null;
echo "after release\n";
class AtShutdown {
    public function __destruct() {
        echo "shutdown destructor creates one\n";
        $GLOBALS['late'] = new Child("created at shutdown");
    }
}
$s = new AtShutdown;
echo "end of script\n";
--EXPECT--
Parent_::__destruct starts
create local of the destructor
create statement in the destructor
destroy statement in the destructor
create kept in a static
Parent_::__destruct ends
destroy local of the destructor
after release
end of script
shutdown destructor creates one
create created at shutdown
destroy created at shutdown
destroy kept in a static
