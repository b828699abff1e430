--TEST--
strict_types: bad value
--FILE--
<?php
declare(strict_types=2);
--EXPECTF--

Fatal error: strict_types declaration must have 0 or 1 as its value in %s on line 2
