--TEST--
foreach over arrays by value, with keys, nested, with continue 2
--FILE--
<?php
$arr = ["a" => 1, "b" => 2, 5 => "five", "c" => [1, 2]];
foreach ($arr as $v) {
    if (is_array_like($v)) { echo "array\n"; continue; }
    echo $v, "\n";
}
function is_array_like($v) { return $v === [1, 2]; }
foreach ($arr as $key => $value) {
    echo "$key: ", $key === 5 ? "int key" : "string key", "\n";
}
foreach ([] as $never) { echo "never\n"; }
$list = [10, 20, 30];
foreach ($list as $i => $v) {
    $list[] = $v;
    if ($i > 5) break;
}
echo count($list), "\n";
foreach ([1, 2, 3] as $n) {
    foreach ([1, 2] as $m) {
        if ($m == 2) continue 2;
        echo "$n.$m ";
    }
}
echo "\n";
--EXPECT--
1
2
five
array
a: string key
b: string key
5: int key
c: string key
6
1.1 2.1 3.1 
