--TEST--
trigger_error with E_USER_ERROR ends the script
--FILE--
<?php
echo "before\n";
trigger_error("fatal one", E_USER_ERROR);
echo "not printed\n";
--EXPECTF--
before

Fatal error: fatal one in %s on line 3
