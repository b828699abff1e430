--TEST--
recursion: factorial, fibonacci, Ackermann, mutual, deep; int overflow fails an int return type
--FILE--
<?php
function fact(int $n): int { return $n <= 1 ? 1 : $n * fact($n - 1); }
function fib($n) { if ($n < 2) { return $n; } return fib($n - 1) + fib($n - 2); }
function ack($m, $n) {
    if ($m == 0) return $n + 1;
    if ($n == 0) return ack($m - 1, 1);
    return ack($m - 1, ack($m, $n - 1));
}
function is_even($n) { return $n == 0 ? true : is_odd($n - 1); }
function is_odd($n) { return $n == 0 ? false : is_even($n - 1); }
echo fact(20), " ", fact(21), "\n";
echo fib(20), "\n";
echo ack(2, 3), "\n";
var_dump(is_even(100), is_odd(7));
function count_down($n) { if ($n > 0) { count_down($n - 1); } return $n; }
echo count_down(50000), "\n";
--EXPECTF--
2432902008176640000 
Fatal error: Uncaught TypeError: fact(): Return value must be of type int, float returned in %s:2
Stack trace:
#0 %s(11): fact(21)
#1 {main}
  thrown in %s on line 2
