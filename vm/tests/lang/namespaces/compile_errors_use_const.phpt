--TEST--
A use const import clashing with a grouped one is a compile error
--FILE--
<?php
namespace App;

use const Lib\{A, B};
use const Other\A;
--EXPECTF--

Fatal error: Cannot use const Other\A as A because the name is already in use in %s on line 5
