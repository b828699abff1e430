--TEST--
heap sort over a by-reference array, global state, define()d constants, printf of floats
--FILE--
<?php
// A linear congruential generator in a global, with define()d constants,
// feeding a heap sort over an array passed by reference.
define("MODULUS", 233280);
define("MULT", 9301);
define("INC", 49297);
$seed = 7;
function next_random($max) {
    global $seed;
    $seed = ($seed * MULT + INC) % MODULUS;
    return $max * $seed / MODULUS;
}
function sift_down(&$heap, $start, $end) {
    $root = $start;
    while (($child = 2 * $root + 1) <= $end) {
        if ($child + 1 <= $end && $heap[$child] < $heap[$child + 1]) {
            $child++;
        }
        if ($heap[$root] < $heap[$child]) {
            [$heap[$root], $heap[$child]] = [$heap[$child], $heap[$root]];
            $root = $child;
        } else {
            return;
        }
    }
}
function heap_sort(&$a) {
    $n = count($a);
    for ($start = intdiv($n - 2, 2); $start >= 0; $start--) {
        sift_down($a, $start, $n - 1);
    }
    for ($end = $n - 1; $end > 0; $end--) {
        $tmp = $a[0];
        $a[0] = $a[$end];
        $a[$end] = $tmp;
        sift_down($a, 0, $end - 1);
    }
}
$values = [];
for ($i = 0; $i < 2000; $i++) {
    $values[] = next_random(100.0);
}
heap_sort($values);
printf("%.10f %.10f %.10f\n", $values[0], $values[1000], $values[1999]);
$sorted = true;
for ($i = 1; $i < count($values); $i++) {
    if ($values[$i - 1] > $values[$i]) { $sorted = false; }
}
var_dump($sorted, count($values));
printf("%5.2f|%-8s|%08.3f|%x|%b|%e\n", 3.14159, "left", -2.5, 255, 5, 12345.678);
--EXPECTF--
0.0025720165 47.9535322359 99.8581104252
bool(true)
int(2000)
 3.14|left    |-002.500|ff|101|1.234568e+4
