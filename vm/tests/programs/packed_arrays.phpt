--TEST--
Packed arrays filled forwards and copied backwards
--FILE--
<?php
function fill_and_copy($n) {
    for ($i = 0; $i < $n; $i++) {
        $src[$i] = $i * 2;
    }
    for ($i = $n - 1; $i >= 0; $i--) {
        $dst[$i] = $src[$i];
    }
    $last = $n - 1;
    print "$dst[$last] $dst[0] " . count($dst) . "\n";
    // Keys were written in descending order: the order is kept.
    echo implode(",", array_slice_keys($dst, 3)), "\n";
}
function array_slice_keys($a, $n) {
    $keys = [];
    foreach ($a as $k => $v) {
        if (count($keys) == $n) break;
        $keys[] = $k;
    }
    return $keys;
}
fill_and_copy(1000);
// Unrolled steps and accumulation into a second array.
function accumulate($n, $rounds) {
    for ($i = 0; $i < $n;) {
        $x[$i] = $i + 1; ++$i;
        $x[$i] = $i + 1; ++$i;
        $y[$i - 2] = 0; $y[$i - 1] = 0;
    }
    for ($r = 0; $r < $rounds; $r++) {
        for ($i = $n - 1; $i >= 0; $i--) {
            $y[$i] += $x[$i];
        }
    }
    $last = $n - 1;
    print "$y[0] $y[$last]\n";
}
accumulate(100, 30);
?>
--EXPECT--
1998 0 1000
999,998,997
30 3000
