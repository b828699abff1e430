<?php
// User function calls: frames pushed and popped, typed parameters.
function add(int $a, int $b): int {
    return $a + $b;
}
function fib(int $n): int {
    return $n < 2 ? $n : fib($n - 1) + fib($n - 2);
}
$s = 0;
for ($i = 0; $i < 3000000; $i++) {
    $s = add($s, $i);
}
echo $s, "\n", fib(27), "\n";
