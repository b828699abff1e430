--TEST--
An anonymous class that leaves an interface method abstract is a fatal error when declared
--FILE--
<?php
interface Job { public function run(); public function name(); }
echo "before\n";
function make() {
    return new class implements Job {
        public function run() {}
    };
}
try {
    make();
} catch (Error $e) {
    echo "not reached\n";
}
--EXPECTF--
before

Fatal error: Class Job@anonymous contains 1 abstract method and must therefore be declared abstract or implement the remaining methods (Job::name) in %s on line 5
