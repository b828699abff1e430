--TEST--
Calling internal and user functions in a loop, declared before and after use
--FILE--
<?php
function before($s) { return strlen($s) + 1; }
$sum = 0;
for ($i = 0; $i < 2000; $i++) {
    $sum += strlen("abc");
    $sum += before("ab");
    $sum += after($i);
}
function after($n) { return $n % 3; }
echo $sum, "\n";
function nothing($x) {}
for ($i = 0; $i < 1000; $i++) { nothing($i); }
var_dump(nothing(1));
?>
--EXPECT--
13999
NULL
