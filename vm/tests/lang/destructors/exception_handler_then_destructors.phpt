--TEST--
The exception handler runs before the shutdown destructors
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
set_exception_handler(function ($e) { echo "handler: ", $e->getMessage(), "\n"; });
$g = new D("global");
function f() { $l = new D("local"); throw new Exception("uncaught"); }
f();
--EXPECT--
destroy local
handler: uncaught
destroy global
