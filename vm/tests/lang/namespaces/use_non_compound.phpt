--TEST--
use of a global class in the global namespace warns that it has no effect
--FILE--
<?php
use Exception;
use stdClass as Obj;

echo get_class(new Exception("x")), " ", get_class(new Obj), "\n";
--EXPECTF--

Warning: The use statement with non-compound name 'Exception' has no effect in %s on line 2
Exception stdClass
