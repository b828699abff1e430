--TEST--
Releasing an object with a private destructor outside its class throws an Error
--FILE--
<?php
class Hidden {
    private function __destruct() { echo "private destructor\n"; }
}
$h = new Hidden;
$h = null;
echo "end\n";
--EXPECTF--

Fatal error: Uncaught Error: Call to private Hidden::__destruct() from global scope in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
