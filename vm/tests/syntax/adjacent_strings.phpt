--TEST--
Syntax error: adjacent strings (php's message and line 2)
--FILE--
<?php
echo "a" "b";
--EXPECTF--
Parse error: syntax error, unexpected double-quoted string "b", expecting "," or ";" in %s on line 2
