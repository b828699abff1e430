--TEST--
Imports end with the namespace declaration that made them
--FILE--
<?php
namespace One;
use Two\Thing;
class Other {}
echo Thing::class, "\n";

namespace Two;
// Imports end with the namespace that declared them.
echo Thing::class, "\n";
echo Other::class, "\n";
echo \One\Other::class, "\n";
--EXPECT--
Two\Thing
Two\Thing
Two\Other
One\Other
