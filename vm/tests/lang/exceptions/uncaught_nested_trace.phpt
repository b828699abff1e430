--TEST--
exceptions: uncaught from recursive method calls through a callable, finally runs first
--FILE--
<?php
class Node {
    public function __construct(public ?Node $next, public int $v) {}
    public function walk(callable $f) { $f($this->v); return $this->next?->walk($f); }
}
$list = new Node(new Node(new Node(null, 3), 2), 1);
function visit($v) { if ($v == 3) { throw new LengthException("too deep at $v"); } }
try {
    $list->walk('visit');
} finally {
    echo "finally before the fatal error\n";
}
--EXPECTF--
finally before the fatal error

Fatal error: Uncaught LengthException: too deep at 3 in %s:7
Stack trace:
#0 %s(4): visit(3)
#1 %s(4): Node->walk('visit')
#2 %s(4): Node->walk('visit')
#3 %s(9): Node->walk('visit')
#4 {main}
  thrown in %s on line 7
