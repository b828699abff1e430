--TEST--
Classes extend classes of other files once those are included
--FILE--
<?php
include __DIR__ . '/fixtures/base_class.inc';
// Declared when this line runs: its parent came from the include.
class Loud extends BaseGreeter {
    public function greet(): string {
        return strtoupper(parent::greet());
    }
}
echo (new Loud)->greet(), "\n";
var_dump(new Loud instanceof Greets);
class MainBase {
}
include __DIR__ . '/fixtures/child_class.inc';
echo (new IncludedChild)->who(), "\n";
--EXPECT--
HELLO FROM LOUD
bool(true)
IncludedChild, parent MainBase
