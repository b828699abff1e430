--TEST--
Hashes keyed by hex strings and by interpolated strings
--FILE--
<?php
function hex_keys($n) {
    for ($i = 1; $i <= $n; $i++) {
        $h[dechex($i)] = $i;
    }
    $found = 0;
    for ($i = $n; $i > 0; $i--) {
        if ($h[dechex($i)]) { $found++; }
    }
    // "10" is an integer-like key, "a" and "1f" stay strings.
    var_dump(array_key_first($h), isset($h[10]), isset($h["10"]), $h["1f"]);
    return $found;
}
echo hex_keys(300), "\n";
function prefixed($n) {
    for ($i = 0; $i < $n; $i++) {
        $first["key_$i"] = $i;
        $second["key_$i"] = 0;
    }
    for ($round = 0; $round < 3; $round++) {
        foreach ($first as $k => $v) {
            $second[$k] += $v;
        }
    }
    $a = "key_0";
    $z = "key_" . ($n - 1);
    print "$first[$a] $first[$z] $second[$a] $second[$z]\n";
}
prefixed(50);
?>
--EXPECT--
int(1)
bool(true)
bool(true)
int(31)
300
0 49 0 147
