--TEST--
die(message) inside an array_map callback prints and ends the script
--FILE--
<?php
$values = array_map(function ($v) {
    if ($v > 2) {
        die("stopped at $v\n");
    }
    return $v;
}, [1, 2, 3, 4]);
echo "not reached\n";
--EXPECTF--
stopped at 3
