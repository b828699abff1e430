--TEST--
goto: label redefined
--FILE--
<?php
a:
echo 1;
a:
echo 2;
--EXPECTF--

Fatal error: Label 'a' already defined in %s on line 4
