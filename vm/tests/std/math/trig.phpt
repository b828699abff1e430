--TEST--
trigonometry, hypot, deg2rad/rad2deg, pi and the M_* constants
--FILE--
<?php
var_dump(sin(0), sin(M_PI_2), cos(0), cos(M_PI), tan(0), tan(M_PI_4));
var_dump(asin(1), asin(2), acos(1), acos(-1), atan(1), atan(INF), atan2(1, 1), atan2(0, -1), atan2(-0.0, -1), atan2(0, 0));
var_dump(sinh(0), cosh(0), tanh(0), sinh(1), cosh(1), tanh(1), asinh(0), acosh(1), atanh(0));
var_dump(hypot(3, 4), hypot(-5, 12), hypot(INF, NAN), hypot(0, 0));
var_dump(deg2rad(180), deg2rad(90), deg2rad(-45), rad2deg(M_PI), rad2deg(1), rad2deg(M_PI_4));
var_dump(pi(), pi() === M_PI);
var_dump(M_E, M_LOG2E, M_LOG10E, M_LN2, M_LN10, M_PI, M_PI_2, M_PI_4, M_1_PI, M_2_PI);
var_dump(M_SQRTPI, M_2_SQRTPI, M_LNPI, M_EULER, M_SQRT2, M_SQRT1_2, M_SQRT3);
echo sin(1), " ", cos(1), " ", M_PI, "\n";
try { sin("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { atan2(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { hypot(1, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { pi(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(cos(null));
--EXPECTF--
float(0)
float(1)
float(1)
float(-1)
float(0)
float(0.9999999999999999)
float(1.5707963267948966)
float(NAN)
float(0)
float(3.141592653589793)
float(0.7853981633974483)
float(1.5707963267948966)
float(0.7853981633974483)
float(3.141592653589793)
float(-3.141592653589793)
float(0)
float(0)
float(1)
float(0)
float(1.1752011936438014)
float(1.5430806348152437)
float(0.7615941559557649)
float(0)
float(0)
float(0)
float(5)
float(13)
float(INF)
float(0)
float(3.141592653589793)
float(1.5707963267948966)
float(-0.7853981633974483)
float(180)
float(57.29577951308232)
float(45)
float(3.141592653589793)
bool(true)
float(2.718281828459045)
float(1.4426950408889634)
float(0.4342944819032518)
float(0.6931471805599453)
float(2.302585092994046)
float(3.141592653589793)
float(1.5707963267948966)
float(0.7853981633974483)
float(0.3183098861837907)
float(0.6366197723675814)
float(1.772453850905516)
float(1.1283791670955126)
float(1.1447298858494002)
float(0.5772156649015329)
float(1.4142135623730951)
float(0.7071067811865476)
float(1.7320508075688772)
0.8414709848079 0.54030230586814 3.1415926535898
sin(): Argument #1 ($num) must be of type float, string given
atan2() expects exactly 2 arguments, 1 given
hypot(): Argument #2 ($y) must be of type float, array given
pi() expects exactly 0 arguments, 1 given

Deprecated: cos(): Passing null to parameter #1 ($num) of type float is deprecated in %s on line 15
float(1)
