--TEST--
Keywords other than namespace may name a namespace
--FILE--
<?php
// Keywords (other than `namespace`) may name a namespace.
namespace List;

function items() { return [__NAMESPACE__, __FUNCTION__]; }
print_r(items());

namespace Int;

class Value {}
echo get_class(new Value), "\n";
echo \List\items()[1], "\n";
--EXPECT--
Array
(
    [0] => List
    [1] => List\items
)
Int\Value
List\items
