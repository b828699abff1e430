--TEST--
Appending to a string in a loop
--FILE--
<?php
function build($n) {
    $s = "";
    while ($n-- > 0) {
        $s .= "ab\n";
    }
    return $s;
}
$s = build(5000);
print strlen($s) . "\n";
$t = $s;
$t .= "tail";
var_dump(strlen($s), strlen($t), substr_count_nl($s));
function substr_count_nl($s) {
    $n = 0;
    for ($i = 0, $len = strlen($s); $i < $len; $i++) {
        if ($s[$i] === "\n") $n++;
    }
    return $n;
}
?>
--EXPECT--
15000
int(15000)
int(15004)
int(5000)
