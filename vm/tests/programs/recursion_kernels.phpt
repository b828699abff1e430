--TEST--
Ackermann and Fibonacci recursion
--FILE--
<?php
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
function fib($n) {
    return ($n < 2) ? 1 : fib($n - 2) + fib($n - 1);
}
for ($n = 1; $n <= 5; $n++) {
    $r = ack(2, $n);
    print "ack(2,$n) = $r\n";
}
echo "ack(3,4) = ", ack(3, 4), "\n";
$fibs = [];
for ($i = 0; $i < 15; $i++) { $fibs[] = fib($i); }
echo implode(" ", $fibs), "\n";
echo fib(20), "\n";
?>
--EXPECT--
ack(2,1) = 5
ack(2,2) = 7
ack(2,3) = 9
ack(2,4) = 11
ack(2,5) = 13
ack(3,4) = 125
1 1 2 3 5 8 13 21 34 55 89 144 233 377 610
10946
