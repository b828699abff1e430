--TEST--
exit without parentheses
--FILE--
<?php
echo "a\n";
exit;
echo "b\n";
--EXPECTF--
a
