--TEST--
an uncaught exception's message goes through the open buffers' handlers
--FILE--
<?php
function wrap($buf, $phase) { return "[" . $phase . ":" . $buf . "]"; }
ob_start("wrap");
echo "before\n";
throw new Exception("boom");
?>
--EXPECTF--
[9:before

Fatal error: Uncaught Exception: boom in %s:5
Stack trace:
#0 {main}
  thrown in %s on line 5
]
