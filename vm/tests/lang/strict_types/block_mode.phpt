--TEST--
strict_types: block mode
--FILE--
<?php
declare(strict_types=1) {
}
--EXPECTF--

Fatal error: strict_types declaration must not use block mode in %s on line 2
