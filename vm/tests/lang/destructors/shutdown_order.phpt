--TEST--
At the end: globals holding the only handle, last declared first, then the other objects in id order
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
}
// At the end php first destroys, last declared first, the objects that
// only a global variable holds; then every object left, in id order.
$first = new D("first global");
$second = new D("second global");
$inArray = [new D("array element 1"), new D("array element 2")];
$shared = new D("shared by two globals");
$alias = $shared;
$byRef = new D("behind a reference");
$ref = &$byRef;
$third = new D("third global");
function make_global() {
    global $fromFunction;
    $fromFunction = new D("global made in a function");
}
make_global();
echo "end of script\n";
--EXPECT--
end of script
destroy third global
destroy second global
destroy first global
destroy array element 1
destroy array element 2
destroy shared by two globals
destroy behind a reference
destroy global made in a function
