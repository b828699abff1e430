--TEST--
Two use imports with the same alias are a compile error
--FILE--
<?php
namespace App;

use Lib\Foo as Bar;
use Other\Bar;
--EXPECTF--

Fatal error: Cannot use Other\Bar as Bar because the name is already in use in %s on line 5
