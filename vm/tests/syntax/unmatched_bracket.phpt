--TEST--
Syntax error: unmatched bracket (php's message and line 2)
--FILE--
<?php
$a = (1 + 2];
--EXPECTF--
Parse error: Unclosed '(' does not match ']' in %s on line 2
