--TEST--
goto: undefined label
--FILE--
<?php
echo "never\n";
goto missing;
--EXPECTF--

Fatal error: 'goto' to undefined label 'missing' in %s on line 3
