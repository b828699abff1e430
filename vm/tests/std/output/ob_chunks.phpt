--TEST--
ob_start with a callback and a chunk size: the handler runs on each filled chunk
--FILE--
<?php
function wrap($buf, $phase) { return "[" . $phase . ":" . $buf . "]"; }
function upper2($buf, $phase) { return "<" . $phase . ":" . $buf . ">"; }
ob_start("wrap", 3); echo "ab"; echo "cd"; echo "e"; ob_end_clean(); echo "|\n";
ob_start("wrap", 4); echo "abcdefgh"; echo "ij"; echo "klmn"; $s = ob_get_status(); ob_end_flush(); echo "|\n";
var_dump($s["buffer_used"], $s["flags"]);
ob_start("wrap", 2); echo "xy"; $c = ob_get_contents(); $l = ob_get_length(); ob_end_clean(); echo "|\n"; var_dump($c, $l);
ob_start("upper2", 5);
ob_start("wrap", 2);
echo "12"; echo "3"; echo "45";
ob_end_flush();
ob_end_flush();
echo "|\n";
ob_start(); 
ob_start("wrap", 1); echo "a"; echo "b"; ob_end_clean();
$outer = ob_get_clean();
var_dump($outer);
ob_start("wrap", 3); echo "left"; echo " open";
?>
--EXPECT--
[1:abcd]|
[1:abcdefgh][0:ijklmn][8:]|
int(0)
int(20593)
[1:xy]|
string(0) ""
int(0)
<1:[1:12]><0:[0:345]><8:[8:]>|
string(10) "[1:a][0:b]"
[1:left][0: open][8:]
