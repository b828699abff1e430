--TEST--
output handlers that throw or fail: disabled, their input passes through
--FILE--
<?php
function bad($buf, $phase) { throw new Exception("from handler: " . $buf); }
function fails($buf) { return false; }
ob_start("bad");
echo "data";
try { var_dump(ob_end_flush()); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
ob_start("bad");
echo "more";
try { ob_flush(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
$s = ob_get_status();
ob_end_clean();
var_dump($s["flags"], $s["buffer_used"], $s["buffer_size"]);
ob_start("bad");
echo "cleaned";
try { ob_clean(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
echo "through\n";
ob_end_clean();
ob_start("fails");
echo "one ";
ob_flush();
echo "two ";
$s = ob_get_status();
$c = ob_get_contents();
ob_end_flush();
echo "\n";
var_dump($s["flags"], $s["buffer_used"], $s["buffer_size"], $c);
ob_start("bad");
echo "got";
try { $r = ob_get_clean(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
?>
--EXPECT--
datacaught from handler: data
int(0)
morecaught from handler: more
int(1)
int(12401)
int(0)
int(0)
caught from handler: cleaned
through
one two 
int(12401)
int(0)
int(0)
string(0) ""
caught from handler: got
int(0)
