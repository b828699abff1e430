--TEST--
a handler throwing at the end of the script: the buffered output is lost
--FILE--
<?php
function bad($buf, $phase) { throw new Exception("from handler"); }
echo "unbuffered\n";
ob_start("bad");
echo "data\n";
?>
--EXPECT--
unbuffered
