--TEST--
Matrix multiplication on nested arrays
--FILE--
<?php
function make_matrix($rows, $cols, $start) {
    $m = [];
    for ($i = 0; $i < $rows; $i++) {
        for ($j = 0; $j < $cols; $j++) {
            $m[$i][$j] = $start++;
        }
    }
    return $m;
}
function multiply($rows, $cols, $a, $b) {
    $c = [];
    for ($i = 0; $i < $rows; $i++) {
        for ($j = 0; $j < $cols; $j++) {
            $sum = 0;
            for ($k = 0; $k < $cols; $k++) {
                $sum += $a[$i][$k] * $b[$k][$j];
            }
            $c[$i][$j] = $sum;
        }
    }
    return $c;
}
$a = make_matrix(6, 6, 1);
$b = make_matrix(6, 6, 10);
$times = 3;
while ($times--) {
    $c = multiply(6, 6, $a, $b);
}
print "{$c[0][0]} {$c[2][3]} {$c[3][2]} {$c[5][5]}\n";
// The inputs were passed by value and are unchanged.
echo $a[0][0], " ", $b[5][5], "\n";
?>
--EXPECT--
630 2709 3588 6135
1 45
