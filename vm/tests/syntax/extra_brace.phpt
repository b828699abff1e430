--TEST--
Syntax error: extra brace (php's message and line 3)
--FILE--
<?php
echo 1;
}
--EXPECTF--
Parse error: Unmatched '}' in %s on line 3
