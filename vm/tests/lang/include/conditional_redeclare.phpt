--TEST--
Declaring a function again in a block is a fatal error when it runs
--FILE--
<?php
if (true) {
    function twice() {}
}
echo "first declared\n";
if (true) {
    function twice() {}
}
echo "not reached\n";
--EXPECTF--
first declared

Fatal error: Cannot redeclare twice() (previously declared in %s/conditional_redeclare.php:3) in %s/conditional_redeclare.php on line 7
