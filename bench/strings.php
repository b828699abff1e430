<?php
// String building: concatenation, interpolation, implode, strlen.
$s = "";
$parts = [];
for ($i = 0; $i < 1000000; $i++) {
    $s .= "x$i,";
    if ($i % 1000 == 0) {
        $parts[] = strlen($s);
    }
}
echo strlen($s), " ", strlen(implode(";", $parts)), "\n";
