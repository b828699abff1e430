--TEST--
var_export of scalars and nested arrays, with the return argument
--FILE--
<?php
var_export(42); echo "\n";
var_export(-7); echo "\n";
var_export(PHP_INT_MAX); echo "\n";
var_export(PHP_INT_MIN); echo "\n";
var_export(1.0); echo "\n";
var_export(-0.0); echo "\n";
var_export(0.1); echo "\n";
var_export(0.1 + 0.2); echo "\n";
var_export(1/3); echo "\n";
var_export(1e15); echo "\n";
var_export(1e16); echo "\n";
var_export(1e17); echo "\n";
var_export(1e100); echo "\n";
var_export(-1.5e-9); echo "\n";
var_export(0.0001); echo "\n";
var_export(0.00001); echo "\n";
var_export(123456789012345678.0); echo "\n";
var_export(1464845189442349.2); echo "\n";
var_export(5e-324); echo "\n";
var_export(1.7976931348623157e308); echo "\n";
var_export(INF); echo "\n";
var_export(-INF); echo "\n";
var_export(NAN); echo "\n";
var_export(true); echo "\n";
var_export(false); echo "\n";
var_export(null); echo "\n";
var_export("plain"); echo "\n";
var_export("it's"); echo "\n";
var_export("back\\slash"); echo "\n";
var_export("nul\0byte"); echo "\n";
var_export("\0"); echo "\n";
var_export("new\nline\t\"quoted\""); echo "\n";
var_export(""); echo "\n";
var_export([]); echo "\n";
var_export([1, 2, 3]); echo "\n";
var_export(["a" => 1, "b" => [true, null], "c" => ["d" => ["e" => 1.0]]]); echo "\n";
var_export([[]]); echo "\n";
var_export([5 => "five", -3 => "neg", "it's" => "q", "x\0y" => 1]); echo "\n";
$r = var_export([1, ["k" => "v"]], true);
var_dump($r);
var_dump(var_export(1.5, true));
var_dump(var_export("a'b", true));
var_dump(var_export(null));
ini_set("serialize_precision", "5");
var_export(1/3); echo "\n";
var_export(2.0); echo "\n";
var_export(123456.0); echo "\n";
ini_set("serialize_precision", "17");
var_export(0.1); echo "\n";
ini_set("serialize_precision", "0");
var_export(2.5); echo "\n";
try { var_dump(var_export()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(var_export(1, true, 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(var_export(1, [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
42
-7
9223372036854775807
-9223372036854775807-1
1.0
-0.0
0.1
0.30000000000000004
0.3333333333333333
1000000000000000.0
10000000000000000.0
1.0E+17
1.0E+100
-1.5E-9
0.0001
1.0E-5
1.2345678901234568E+17
1464845189442349.2
5.0E-324
1.7976931348623157E+308
INF
-INF
NAN
true
false
NULL
'plain'
'it\'s'
'back\\slash'
'nul' . "\0" . 'byte'
'' . "\0" . ''
'new
line	"quoted"'
''
array (
)
array (
  0 => 1,
  1 => 2,
  2 => 3,
)
array (
  'a' => 1,
  'b' => 
  array (
    0 => true,
    1 => NULL,
  ),
  'c' => 
  array (
    'd' => 
    array (
      'e' => 1.0,
    ),
  ),
)
array (
  0 => 
  array (
  ),
)
array (
  5 => 'five',
  -3 => 'neg',
  'it\'s' => 'q',
  'x' . "\0" . 'y' => 1,
)
string(58) "array (
  0 => 1,
  1 => 
  array (
    'k' => 'v',
  ),
)"
string(3) "1.5"
string(6) "'a\'b'"
NULLNULL
0.33333
2.0
1.2346E+5
0.10000000000000001
2.0
ArgumentCountError: var_export() expects at least 1 argument, 0 given
ArgumentCountError: var_export() expects at most 2 arguments, 3 given
TypeError: var_export(): Argument #2 ($return) must be of type bool, array given
