--TEST--
array_walk: by-reference callbacks change the array, by-value ones do not, extra argument, errors
--FILE--
<?php
$a = ['x' => 1, 'y' => 2];
array_walk($a, function (&$v, $k, $mul) { $v = "$k=" . ($v * $mul); }, 10);
print_r($a);
array_walk($a, function ($v) { $v = "unchanged"; });
print_r($a);
function show($v, $k) { echo "$k:$v "; }
array_walk($a, 'show');
echo "\n";
try { array_walk($a, 'nope'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $n = 5; array_walk($n, 'show'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_walk($a, fn($v) => null));
--EXPECTF--
Array
(
    [x] => x=10
    [y] => y=20
)
Array
(
    [x] => x=10
    [y] => y=20
)
x:x=10 y:y=20 
array_walk(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
array_walk(): Argument #1 ($array) must be of type array, int given
bool(true)
