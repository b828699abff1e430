--TEST--
output buffering functions called inside an output handler
--FILE--
<?php
function lvl($b) { return $b . "(level " . ob_get_level() . ")"; }
function look($b) { $c = ob_get_contents(); $l = ob_get_length(); $s = ob_get_status(); $f = ob_get_status(true); $h = ob_list_handlers(); flush(); return "(" . $b . "|" . var_export($c, true) . "|" . $l . "|" . count($f) . "|" . $s["level"] . "|" . $s["name"] . "|" . $s["buffer_used"] . "|" . implode(",", $h) . ")"; }
function st($b) { ob_start(); return $b; }
ob_start("lvl"); echo "x"; ob_end_flush(); echo "\n";
ob_start(); echo "outer ";
ob_start("lvl"); echo "y"; ob_end_flush(); echo "\n";
ob_end_flush();
ob_start(); echo "outer ";
ob_start("look"); echo "z"; ob_flush(); echo "w"; ob_end_flush(); echo "\n";
ob_end_flush();
ob_start("st"); echo "lost"; ob_end_flush(); echo "not reached\n";
?>
--EXPECTF--
x(level 1)
outer y(level 2)
outer (z|'z'|1|2|1|look|1|default output handler,look)(w|'w'|1|2|1|look|1|default output handler,look)

Fatal error: ob_start(): Cannot use output buffering in output buffering display handlers in %s on line 4
