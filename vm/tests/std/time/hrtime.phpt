--TEST--
hrtime: [seconds, nanoseconds] or nanoseconds as an int, monotonic
--FILE--
<?php
$a = hrtime();
var_dump(is_array($a), count($a), is_int($a[0]), is_int($a[1]), $a[0] >= 0, $a[1] >= 0 && $a[1] < 1000000000);
$n = hrtime(true);
var_dump(is_int($n), $n > 0, $n >= $a[0] * 1000000000 + $a[1]);
$prev = hrtime(true);
$ok = true;
for ($i = 0; $i < 100; $i++) {
    $now = hrtime(true);
    $ok = $ok && $now >= $prev;
    $prev = $now;
}
var_dump($ok, is_array(hrtime(false)));
try { hrtime("x"); } catch (TypeError $e) { echo get_class($e), "\n"; }
try { hrtime(true, 1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
bool(true)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
hrtime() expects at most 1 argument, 2 given
