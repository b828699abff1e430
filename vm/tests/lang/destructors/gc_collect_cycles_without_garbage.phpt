--TEST--
gc_collect_cycles() with nothing in a cycle frees nothing
--FILE--
<?php
class D {
    public function __destruct() { echo "destroyed when released, not by the collector\n"; }
}
$d = new D;
$d = null;
// Nothing is left in a reference cycle: a collection frees nothing.
var_dump(gc_collect_cycles());
var_dump(gc_enabled());
--EXPECT--
destroyed when released, not by the collector
int(0)
bool(true)
