--TEST--
array callbacks: filter modes, map with keys and several arrays, user sorts, reduce, walk by reference, transpose
--FILE--
<?php
$prices = ['apple' => 1.2, 'pear' => 0.8, 'fig' => 3.5, 'kiwi' => 0.5];
$cheap = array_filter($prices, fn($p) => $p < 1);
print_r($cheap);
print_r(array_filter($prices, fn($k) => strlen($k) > 3, ARRAY_FILTER_USE_KEY));
print_r(array_filter($prices, fn($v, $k) => $v > 1 && $k != 'fig', ARRAY_FILTER_USE_BOTH));
print_r(array_map(fn($p) => round($p * 1.1, 2), $prices));
print_r(array_map(fn($a, $b) => "$a:$b", ['x', 'y'], [1, 2]));
uasort($prices, fn($a, $b) => $b <=> $a);
echo implode(",", array_keys($prices)), "\n";
uksort($prices, fn($a, $b) => strlen($a) <=> strlen($b) ?: strcmp($a, $b));
echo implode(",", array_keys($prices)), "\n";
$words = ['banana', 'Apple', 'cherry', 'apple'];
usort($words, 'strcasecmp');
echo implode(",", $words), "\n";
echo array_reduce([1, 2, 3, 4], fn($carry, $x) => $carry + $x * $x, 0), "\n";
$grouped = [];
foreach (['ant', 'bee', 'cat', 'ape', 'bat'] as $w) {
    $grouped[$w[0]][] = $w;
}
print_r($grouped);
array_walk($grouped, function (&$list, $letter) { $list = "$letter:" . count($list); });
echo implode(" ", $grouped), "\n";
$matrix = [[1, 2, 3], [4, 5, 6]];
print_r(array_map(null, ...$matrix));
echo implode(",", array_column([['id' => 3, 'n' => 'c'], ['id' => 1, 'n' => 'a']], 'n', 'id')), "\n";
--EXPECTF--
Array
(
    [pear] => 0.8
    [kiwi] => 0.5
)
Array
(
    [apple] => 1.2
    [pear] => 0.8
    [kiwi] => 0.5
)
Array
(
    [apple] => 1.2
)
Array
(
    [apple] => 1.32
    [pear] => 0.88
    [fig] => 3.85
    [kiwi] => 0.55
)
Array
(
    [0] => x:1
    [1] => y:2
)
fig,apple,pear,kiwi
fig,kiwi,pear,apple
Apple,apple,banana,cherry
30
Array
(
    [a] => Array
        (
            [0] => ant
            [1] => ape
        )

    [b] => Array
        (
            [0] => bee
            [1] => bat
        )

    [c] => Array
        (
            [0] => cat
        )

)
a:2 b:2 c:1
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 4
        )

    [1] => Array
        (
            [0] => 2
            [1] => 5
        )

    [2] => Array
        (
            [0] => 3
            [1] => 6
        )

)
c,a
