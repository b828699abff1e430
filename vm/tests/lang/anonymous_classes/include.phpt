--TEST--
Anonymous classes in included files, and parents from included files
--FILE--
<?php
// An included file's anonymous classes go on counting keys; including
// the same file twice compiles it twice: two classes.
$made = [new class {}];
include __DIR__ . '/fixtures/anon_class.inc';
include __DIR__ . '/fixtures/anon_class.inc';
foreach ($made as $o) {
    echo str_replace([__DIR__, "\0"], ['DIR', '|'], get_class($o)), "\n";
}
var_dump(get_class($made[1]) === get_class($made[2]), $made[2]->from);

// The parent of an anonymous class may come from a file included before
// the `new` runs.
include __DIR__ . '/fixtures/anon_base.inc';
$child = new class extends IncludedBase {};
echo str_replace([__DIR__, "\0"], ['DIR', '|'], $child->hello()), "\n";
--EXPECTF--
class@anonymous|DIR/include.php:4$0
class@anonymous|DIR/fixtures/anon_class.inc:2$2
class@anonymous|DIR/fixtures/anon_class.inc:2$3
bool(false)
string(8) "included"
hello from IncludedBase@anonymous|DIR/include.php:15$1
