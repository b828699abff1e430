--TEST--
Global functions reached by fallback take references and see their caller
--FILE--
<?php
namespace App;

// Global functions taking references, reached through the fallback.
$a = [3, 1, 2];
sort($a);
echo implode(",", $a), "\n";
$s = "a-b";
$parts = explode("-", $s);
array_push($parts, "c");
echo implode("+", $parts), "\n";

// Functions that look at their caller.
function args() { return func_get_args(); }
print_r(args(1, 2));
function count_args() { return func_num_args(); }
echo count_args(1, 2, 3), "\n";

// A fallback resolved once stays valid on later calls.
for ($i = 0; $i < 3; $i++) {
    echo strtoupper("r$i"), " ";
}
echo "\n";
--EXPECT--
1,2,3
a+b+c
Array
(
    [0] => 1
    [1] => 2
)
3
R0 R1 R2 
