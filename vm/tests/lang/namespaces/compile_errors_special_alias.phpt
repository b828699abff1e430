--TEST--
Importing a class under a special class name (self, parent, static, a type name) is a compile error
--FILE--
<?php
namespace App;

use Lib\Helpers as Self;
--EXPECTF--

Fatal error: Cannot use Lib\Helpers as Self because 'Self' is a special class name in %s on line 4
