--TEST--
use of a global class, function or constant without an alias in the global namespace warns that it has no effect
--FILE--
<?php
use Exception;
use function strlen;
use const PHP_EOL;
use stdClass as Obj;
use function strtoupper as up;

echo get_class(new Exception("x")), " ", get_class(new Obj), " ", strlen("ab"), " ", up("a"), PHP_EOL;
--EXPECTF--

Warning: The use statement with non-compound name 'Exception' has no effect in %s on line 2

Warning: The use statement with non-compound name 'strlen' has no effect in %s on line 3

Warning: The use statement with non-compound name 'PHP_EOL' has no effect in %s on line 4
Exception stdClass 2 A
