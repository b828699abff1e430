--TEST--
int, float, string, bool and null literals
--FILE--
<?php
var_dump(0x1F, 0b101, 017, 0o17, 1_000_000, 9223372036854775807, 9223372036854775808);
var_dump(1.0, -0.0, .5, 1e3, 1E-3, 6.02e23, 1.5e300 * 1e10);
var_dump(true, FALSE, null, NULL);
var_dump('single $x \n \'q\' \\', "double \t tab \x41 \101 \u{48}\u{49} \$x \"q\"");
--EXPECT--
int(31)
int(5)
int(15)
int(15)
int(1000000)
int(9223372036854775807)
float(9.223372036854776E+18)
float(1)
float(-0)
float(0.5)
float(1000)
float(0.001)
float(6.02E+23)
float(INF)
bool(true)
bool(false)
NULL
NULL
string(18) "single $x \n 'q' \"
string(26) "double 	 tab A A HI $x "q""
