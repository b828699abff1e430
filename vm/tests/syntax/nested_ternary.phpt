--TEST--
Syntax error: nested ternary (php's message and line 2)
--FILE--
<?php
$a = 1 ? 2 : 3 ? 4 : 5;
--EXPECTF--
Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` in %s on line 2
