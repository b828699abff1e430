--TEST--
Syntax error: keyword as variable name (php's message and line 2)
--FILE--
<?php
function echo() {}
--EXPECTF--
Parse error: syntax error, unexpected token "echo", expecting "(" in %s on line 2
