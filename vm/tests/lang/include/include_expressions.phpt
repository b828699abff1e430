--TEST--
include is an expression: its operand, its value, and or after it
--FILE--
<?php
// include takes the whole expression after it as the path.
$name = 'returns_value';
var_dump((include __DIR__ . '/fixtures/' . $name . '.inc')['from']);
var_dump((include __DIR__ . '/fixtures/returns_nothing.inc') + 1);
$result = @include 'missing_file.inc' or print "include failed\n";
var_dump($result);
if ((include __DIR__ . '/fixtures/returns_nothing.inc') === 1) {
    echo "included\n";
}
--EXPECT--
string(17) "returns_value.inc"
int(2)
bool(false)
included
