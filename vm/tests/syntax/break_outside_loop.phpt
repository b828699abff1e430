--TEST--
Syntax error: break outside loop (php's message and line 3)
--FILE--
<?php
echo 1;
break;
--EXPECTF--
Fatal error: 'break' not in the 'loop' or 'switch' context in %s on line 3
