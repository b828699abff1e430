--TEST--
=== and == on numbers, arrays (order and keys), NAN/INF and objects
--FILE--
<?php
$pairs = [[1, 1.0], ["1", 1], [null, false], [[], []], [[1, 2], [2 => 1]], [[1, 2], [1, 2]], [["a" => 1, "b" => 2], ["b" => 2, "a" => 1]], [0.1 + 0.2, 0.3], [NAN, NAN], [INF, INF], ["abc", "ABC"], [PHP_INT_MAX, PHP_INT_MAX + 0]];
foreach ($pairs as [$a, $b]) {
    var_dump($a === $b, $a == $b, $a !== $b, $a != $b);
}
$o1 = new stdClass; $o2 = new stdClass; $o3 = $o1;
var_dump($o1 == $o2, $o1 === $o2, $o1 === $o3);
$o2->x = 1;
var_dump($o1 == $o2, $o1 < $o2);
--EXPECTF--
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
