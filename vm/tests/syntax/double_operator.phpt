--TEST--
Syntax error: double operator (php's message and line 2)
--FILE--
<?php
$a = 1 + ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
