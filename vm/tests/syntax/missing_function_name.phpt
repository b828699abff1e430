--TEST--
Syntax error: missing function name (php's message and line 3)
--FILE--
<?php
function (int $a) {}
echo 1;
--EXPECTF--
Parse error: syntax error, unexpected token "echo" in %s on line 3
