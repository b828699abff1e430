--TEST--
an uncaught exception without message
--FILE--
<?php
class Custom extends Exception {}
throw new Custom();
--EXPECTF--

Fatal error: Uncaught Custom in %s:3
Stack trace:
#0 {main}
  thrown in %s on line 3
