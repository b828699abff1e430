--TEST--
A class declared with a name an import already uses is a compile error
--FILE--
<?php
namespace App;

use Lib\Thing;

class Thing {}
--EXPECTF--

Fatal error: Cannot declare class App\Thing because the name is already in use in %s on line 6
