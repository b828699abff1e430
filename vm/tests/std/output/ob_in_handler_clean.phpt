--TEST--
ob_clean inside an output handler is a fatal error, and the buffered output is lost
--FILE--
<?php
function h($b) { ob_clean(); return "(" . $b . ")"; }
echo "unbuffered\n";
ob_start(); echo "outer";
ob_start("h"); echo "x"; ob_end_flush(); echo "|after\n";
ob_end_flush();
?>
--EXPECTF--
unbuffered

Fatal error: ob_clean(): Cannot use output buffering in output buffering display handlers in %s on line 2
