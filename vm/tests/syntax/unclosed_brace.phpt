--TEST--
Syntax error: unclosed brace (php's message and line 2)
--FILE--
<?php
function f() {
  echo 1;
--EXPECTF--
Parse error: Unclosed '{' on line 2 in %s on line 4
