--TEST--
is_numeric follows php 8's numeric strings (leading and trailing whitespace allowed)
--FILE--
<?php
$cases = [1, 1.5, NAN, INF, "1", "-1", "+1", "1.5", ".5", "5.", "1e5", "1E-5", "-.5e+3", " 1", "1 ", " 1 ", "\t\n1\r\v\f",
    "1x", "x1", "", " ", ".", "-", "+", "e5", "1e", "1e+", "0x1A", "0b11", "0777", "1_000", "١", null, true, false, [], [1], new stdClass];
foreach ($cases as $c) {
    echo is_numeric($c) ? "T" : "F";
}
echo "\n";
try { is_numeric(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
TTTTTTTTTTTTTTTTTFFFFFFFFFFFFTFFFFFFFF
is_numeric() expects exactly 1 argument, 0 given
