--TEST--
Syntax error: else without if (php's message and line 3)
--FILE--
<?php
echo 1;
else { echo 2; }
--EXPECTF--
Parse error: syntax error, unexpected token "else", expecting end of file in %s on line 3
