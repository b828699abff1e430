--TEST--
nullsafe operator: a null short-circuits the rest of the chain, arguments included
--FILE--
<?php
function trace($label) {
    echo "evaluated ", $label, "\n";
    return $label;
}
class Chain {
    public $next = null;
    public $items = ["a" => 1];
    public function call($arg) {
        echo "Chain::call($arg)\n";
        return $this->next;
    }
}

$null = null;
var_dump($null?->call(trace("skipped arg")));
var_dump($null?->call(trace("x"))->call(trace("y"))->items[trace("z")]);
var_dump($null?->next->next->next);

$c = new Chain;
var_dump($c?->call(trace("first"))?->call(trace("second"))->call(trace("third")));
var_dump($c->call(trace("one"))?->items[trace("key")]);
$c->next = new Chain;
var_dump($c?->call(trace("first"))?->items[trace("key")]);

// Only the chain short-circuits, not the expression around it.
var_dump($null?->a + 1, $null?->a . "text", [$null?->a, trace("after")]);
var_dump(strlen((string)$null?->a) === 0);
echo trace("outer") . ($null?->call(trace("inner")) ?? "fallback"), "\n";

$undefined?->call(trace("never"));
echo "done\n";
?>
--EXPECTF--
NULL
NULL
NULL
evaluated first
Chain::call(first)
NULL
evaluated one
Chain::call(one)
NULL
evaluated first
Chain::call(first)
evaluated key

Warning: Undefined array key "key" in %s on line 24
NULL
evaluated after
int(1)
string(4) "text"
array(2) {
  [0]=>
  NULL
  [1]=>
  string(5) "after"
}
bool(true)
evaluated outer
outerfallback

Warning: Undefined variable $undefined in %s on line 31
done
