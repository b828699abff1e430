--TEST--
Two use function imports with the same name (any case) are a compile error
--FILE--
<?php
namespace App;

use function Lib\f;
use function Other\F;
--EXPECTF--

Fatal error: Cannot use function Other\F as F because the name is already in use in %s on line 5
