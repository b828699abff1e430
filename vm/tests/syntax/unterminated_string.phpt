--TEST--
Syntax error: unterminated string (php's message and line 4)
--FILE--
<?php
echo "abc;
echo 1;
--EXPECTF--
Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" in %s on line 4
