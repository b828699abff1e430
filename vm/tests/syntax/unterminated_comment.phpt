--TEST--
Syntax error: unterminated comment (php's message and line 2)
--FILE--
<?php
/* start
echo 1;
--EXPECTF--
Parse error: Unterminated comment starting line 2 in %s on line 2
