--TEST--
Syntax error: unexpected variable (php's message and line 2)
--FILE--
<?php
$a = 1 $b;
--EXPECTF--
Parse error: syntax error, unexpected variable "$b" in %s on line 2
