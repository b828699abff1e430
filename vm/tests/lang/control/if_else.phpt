--TEST--
if, elseif, else if, else and the alternative syntax
--FILE--
<?php
function grade(int $n): string {
    if ($n >= 90) {
        return "A";
    } elseif ($n >= 80) {
        return "B";
    } else if ($n >= 70) {
        return "C";
    } else {
        return "F";
    }
}
foreach ([95, 85, 75, 10] as $n) {
    echo $n, " => ", grade($n), "\n";
}
if (0):
    echo "no\n";
elseif (1):
    echo "alternative syntax\n";
endif;
if ("0") { echo "string zero is true\n"; } else { echo "string zero is false\n"; }
if ("0.0") { echo "string 0.0 is true\n"; }
if ([]) { echo "no\n"; } else { echo "empty array is false\n"; }
--EXPECT--
95 => A
85 => B
75 => C
10 => F
alternative syntax
string zero is false
string 0.0 is true
empty array is false
