--TEST--
values: float output in echo, var_export, var_dump and printf; rounding, division and special values
--FILE--
<?php
$floats = [0.1 + 0.2, 1/3, 1e15, 1e16, 123456789012345678.0, 1.5e-7, -0.0, 100.0, 2.5, 1e100, PHP_FLOAT_EPSILON, PHP_FLOAT_MAX, PHP_FLOAT_MIN, 7.0E-10];
foreach ($floats as $f) {
    echo $f, " | ", var_export($f, true), " | ", json_encode_like($f), "\n";
    var_dump($f);
}
function json_encode_like($f) { return sprintf('%.17g', $f); }
echo round(2.5), " ", round(-2.5), " ", round(1.955, 2), " ", floor(-1.5), " ", ceil(-1.5), " ", intdiv(7, -2), " ", 7 % -2, " ", fmod(7.5, 2), "\n";
var_dump(0.1 + 0.7 == 0.8, abs((0.1 + 0.7) - 0.8) < PHP_FLOAT_EPSILON, 10 / 4, 10 / 5, 2 ** 63, 2 ** -1, (-8) ** (1/3));
var_dump(is_nan(NAN), NAN == NAN, INF > PHP_INT_MAX, -INF < PHP_INT_MIN, (string) NAN, (string) -INF);
--EXPECT--
0.3 | 0.30000000000000004 | 0.30000000000000004
float(0.30000000000000004)
0.33333333333333 | 0.3333333333333333 | 0.33333333333333331
float(0.3333333333333333)
1.0E+15 | 1000000000000000.0 | 1000000000000000
float(1000000000000000)
1.0E+16 | 10000000000000000.0 | 10000000000000000
float(10000000000000000)
1.2345678901235E+17 | 1.2345678901234568E+17 | 1.2345678901234568e+17
float(1.2345678901234568E+17)
1.5E-7 | 1.5E-7 | 1.4999999999999999e-7
float(1.5E-7)
-0 | -0.0 | -0
float(-0)
100 | 100.0 | 100
float(100)
2.5 | 2.5 | 2.5
float(2.5)
1.0E+100 | 1.0E+100 | 1.0e+100
float(1.0E+100)
2.2204460492503E-16 | 2.220446049250313E-16 | 2.2204460492503131e-16
float(2.220446049250313E-16)
1.7976931348623E+308 | 1.7976931348623157E+308 | 1.7976931348623157e+308
float(1.7976931348623157E+308)
2.2250738585072E-308 | 2.2250738585072014E-308 | 2.2250738585072014e-308
float(2.2250738585072014E-308)
7.0E-10 | 7.0E-10 | 6.9999999999999996e-10
float(7.0E-10)
3 -3 1.96 -2 -1 -3 1 1.5
bool(false)
bool(true)
float(2.5)
int(2)
float(9.223372036854776E+18)
float(0.5)
float(NAN)
bool(true)
bool(false)
bool(true)
bool(true)
string(3) "NAN"
string(4) "-INF"
