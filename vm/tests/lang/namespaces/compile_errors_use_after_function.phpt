--TEST--
use function with the name of a function declared in the namespace is a compile error
--FILE--
<?php
namespace App;

function helper() {}

use function Lib\helper;
--EXPECTF--

Fatal error: Cannot use function Lib\helper as helper because the name is already in use in %s on line 6
