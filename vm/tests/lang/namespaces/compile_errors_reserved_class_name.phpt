--TEST--
A class declared with a reserved type name is a compile error
--FILE--
<?php
namespace App;

class Mixed {}
--EXPECTF--

Fatal error: Cannot use 'Mixed' as class name as it is reserved in %s on line 4
