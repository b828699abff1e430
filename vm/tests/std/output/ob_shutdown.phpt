--TEST--
buffers left open at the end of the script: handlers run a final time, innermost first
--FILE--
<?php
function wrap($buf, $phase) { return "[" . $phase . ":" . $buf . "]"; }
ob_start();
echo "plain ";
ob_start("wrap");
ob_start("wrap");
echo "x";
ob_start(null, 0, 0);
echo "fixed";
?>
--EXPECT--
plain [9:[9:xfixed]]
