--TEST--
random_int stays in range, accepts a single-value range and checks its arguments
--FILE--
<?php
$ok = true;
for ($i = 0; $i < 200; $i++) {
    $v = random_int(-3, 3);
    $ok = $ok && is_int($v) && $v >= -3 && $v <= 3;
}
var_dump($ok, random_int(5, 5), random_int(PHP_INT_MIN, PHP_INT_MIN));
$big = random_int(PHP_INT_MIN, PHP_INT_MAX);
var_dump(is_int($big));
$seen = [];
for ($i = 0; $i < 200; $i++) { $seen[random_int(0, 1)] = true; }
var_dump(count($seen));
try { random_int(5, 1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { random_int(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { random_int(1.5, 2); } catch (Throwable $e) { echo get_class($e), "\n"; }
try { random_int("x", 2); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
bool(true)
int(5)
int(-9223372036854775808)
bool(true)
int(2)
ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)
random_int() expects exactly 2 arguments, 1 given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 15
random_int(): Argument #1 ($min) must be of type int, string given
