--TEST--
ob_start, ob_get_contents, ob_get_length, ob_get_level, ob_get_clean and ob_end_clean
--FILE--
<?php
var_dump(ob_get_level(), ob_get_contents(), ob_get_length(), ob_get_clean());
var_dump(ob_start());
echo "captured";
$level = ob_get_level();
$contents = ob_get_contents();
$length = ob_get_length();
$clean = ob_get_clean();
var_dump($level, $contents, $length, $clean, ob_get_level());
ob_start();
echo "dropped";
var_dump(ob_end_clean());
ob_start();
print "kept\n";
var_dump(ob_end_flush());
ob_start();
echo "héllo";
$n = ob_get_length();
ob_end_clean();
var_dump($n);
ob_start();
echo "outer ";
ob_start();
echo "inner";
$inner = ob_get_clean();
echo "after ";
$outer = ob_get_clean();
var_dump($inner, $outer);
ob_start();
echo "a";
ob_start();
echo "b";
ob_start();
echo "c";
var_dump(ob_get_level());
ob_end_flush();
ob_end_clean();
$all = ob_get_clean();
var_dump($all);
ob_start();
echo "x";
ob_clean();
echo "y";
var_dump(ob_get_contents());
$got = ob_get_flush();
echo "\n";
var_dump($got);
ob_start();
echo "one ";
ob_flush();
echo "two";
var_dump(ob_get_contents());
ob_end_clean();
echo "\n";
ob_start();
printf("%s-%d", "p", 1);
var_export([1]);
print_r([2]);
var_dump(3);
$s = ob_get_clean();
var_dump($s);
ob_start();
echo "left open at the end\n";
?>
--EXPECT--
int(0)
bool(false)
bool(false)
bool(false)
int(1)
string(19) "bool(true)
captured"
int(19)
string(19) "bool(true)
captured"
int(0)
bool(true)
kept
bool(true)
int(6)
string(5) "inner"
string(12) "outer after "
string(1) "a"
ystring(1) "y"

string(15) "ystring(1) "y"
"
one 
string(52) "p-1array (
  0 => 1,
)Array
(
    [0] => 2
)
int(3)
"
left open at the end
