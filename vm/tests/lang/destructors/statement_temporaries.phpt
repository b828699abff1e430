--TEST--
Temporaries (new as a statement, method call on new, unused results) are destructed at once
--FILE--
<?php
class D {
    public function __construct(public string $name) {}
    public function __destruct() { echo "destroy {$this->name}\n"; }
    public function hello() { echo "hello from {$this->name}\n"; return $this; }
}
new D("statement");
echo "x\n";
(new D("method"))->hello();
echo "after method\n";
(new D("chain"))->hello()->hello();
echo "after chain\n";
function make($n) { return new D($n); }
make("unused result");
echo "after unused result\n";
echo (new D("property"))->name, "\n";
echo "after property\n";
$len = strlen((new D("argument"))->name);
echo "len $len\n";
echo "end\n";
--EXPECT--
destroy statement
x
hello from method
destroy method
after method
hello from chain
hello from chain
destroy chain
after chain
destroy unused result
after unused result
destroy property
property
after property
destroy argument
len 8
end
