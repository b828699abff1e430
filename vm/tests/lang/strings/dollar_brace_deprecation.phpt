--TEST--
strings: ${var} interpolation is deprecated in php 8.2
--FILE--
<?php
$var = 'value'; $arr = ['k' => 'v']; $name = 'var';
echo "a ${var} b\n";
echo "c ${arr['k']} d\n";
echo "e ${name} f\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 3

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5
a value b
c v d
e var f
