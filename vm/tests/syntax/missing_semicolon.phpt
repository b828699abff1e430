--TEST--
Syntax error: missing semicolon (php's message and line 3)
--FILE--
<?php
echo "a"
echo "b";
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "," or ";" in %s on line 3
