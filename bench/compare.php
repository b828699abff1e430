<?php
// Comparisons of every operator on ints, floats and strings, in branches.
$n = 0;
$words = ["apple", "banana", "cherry", "10", "9.5"];
for ($i = 0; $i < 3000000; $i++) {
    $a = $i % 13;
    $b = $i % 5 + 0.5;
    if ($a < $b) { $n++; }
    if ($a >= $b) { $n += 2; }
    if ($a == $b) { $n += 3; }
    if ($a !== $i) { $n++; }
    $w = $words[$i % 5];
    if ($w <=> "banana") { $n++; }
    if ($w == "10") { $n++; }
}
echo $n, "\n";
