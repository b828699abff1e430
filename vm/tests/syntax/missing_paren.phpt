--TEST--
Syntax error: missing paren (php's message and line 2)
--FILE--
<?php
if ($a > 1 {
  echo 1;
}
--EXPECTF--
Parse error: syntax error, unexpected token "{" in %s on line 2
