--TEST--
Syntax error: bad assignment target (php's message and line 3)
--FILE--
<?php
$a = 1;
5 = $a;
--EXPECTF--
Parse error: syntax error, unexpected token "=" in %s on line 3
