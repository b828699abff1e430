--TEST--
string interpolation, concatenation, strlen and implode
--FILE--
<?php
$name = "World";
$n = 3;
$arr = ["k" => "v", 2 => "two"];
$o = new stdClass;
$o->p = "prop";
echo "Hello $name! n=$n, {$name}s, ${name}\n";
echo "arr: $arr[k] $arr[2] {$arr['k']}\n";
echo "obj: $o->p {$o->p}\n";
echo "escape: \$name \{$name}\n";
echo 'single: $name {$name}', "\n";
echo "math: {$n}0 " . $n * 2 . "\n";
$s = "abc";
echo strlen($s), strlen(""), strlen("héllo"), "\n";
echo "concat " . 1 . 2.0 . true . null . "\n";
echo implode(", ", [1, "two", 3.5]), "|", implode([1, 2]), "|", implode("-", []), "\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 7
Hello World! n=3, Worlds, World
arr: v two v
obj: prop prop
escape: $name \{World}
single: $name {$name}
math: 30 6
306
concat 121
1, two, 3.5|12|
