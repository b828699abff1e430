--TEST--
An included file declaring a class that exists is a fatal error
--FILE--
<?php
class BaseGreeter {
}
echo "before\n";
include __DIR__ . '/fixtures/base_class.inc';
--EXPECTF--
before

Fatal error: Cannot declare class BaseGreeter, because the name is already in use in %s/fixtures/base_class.inc on line 5
