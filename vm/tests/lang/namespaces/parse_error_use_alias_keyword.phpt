--TEST--
A use alias must not be a keyword
--FILE--
<?php
namespace App;

use Lib\Thing as List;
--EXPECTF--

Parse error: syntax error, unexpected token "list", expecting identifier in %s on line 4
