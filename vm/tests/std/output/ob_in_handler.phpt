--TEST--
output buffering functions called inside an output handler
--FILE--
<?php
function lvl($b) { return $b . "(level " . ob_get_level() . ")"; }
function st($b) { ob_start(); return $b; }
ob_start("lvl"); echo "x"; ob_end_flush(); echo "\n";
ob_start(); echo "outer ";
ob_start("lvl"); echo "y"; ob_end_flush(); echo "\n";
ob_end_flush();
ob_start("st"); echo "lost"; ob_end_flush(); echo "not reached\n";
?>
--EXPECTF--
x(level 1)
outer y(level 2)

Fatal error: ob_start(): Cannot use output buffering in output buffering display handlers in %s on line 3
