--TEST--
clone: a private __clone from outside is an uncaught Error
--FILE--
<?php
class Token {
    private function __clone() {}
}
$t = new Token;
echo "cloning\n";
$u = clone $t;
echo "not reached\n";
?>
--EXPECTF--
cloning

Fatal error: Uncaught Error: Call to private Token::__clone() from global scope in %s:7
Stack trace:
#0 {main}
  thrown in %s on line 7
