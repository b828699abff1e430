--TEST--
an exception's string form lists its previous exceptions first
--FILE--
<?php
$e = new Exception("outer", 0, new RuntimeException("inner"));
echo $e, "\n";
--EXPECTF--
RuntimeException: inner in %s:2
Stack trace:
#0 {main}

Next Exception: outer in %s:2
Stack trace:
#0 {main}
