--TEST--
foreach with by-reference destructuring leaves no visible variable behind
--FILE--
<?php
function f() { $r = [[1]]; foreach ($r as [&$a]) {} return array_keys(get_defined_vars()); }
print_r(f());
--EXPECTF--
Array
(
    [0] => r
    [1] => a
)
