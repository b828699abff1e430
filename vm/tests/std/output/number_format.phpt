--TEST--
number_format with one to four arguments
--FILE--
<?php
try { var_dump(number_format(1234.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.4999)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(0.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(2.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-2.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.5678, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.5678, 2, ',', '.')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.5678, 2, ',', '')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.5678, 2, '', '')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234567.891, 2, null, null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234567.891, 2, '<dec>', '<th>')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234567.891, 3, '.', ' ')); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(123, 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(12, 0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(999.999, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.005, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.955, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-1234.567, 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-0.01)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-0.4)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-0.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-0.0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-0.004, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(0, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234.5, -2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(100, 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(100000)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1000000)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(10000000)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-100000)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1e15, 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1e80)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(PHP_INT_MAX)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.23456789e-5, 8)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(123, 60)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1e-300, 320, ".", "")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(5e-324, 330)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1/3, 400)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.5, -PHP_INT_MAX)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(-INF, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(NAN, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format("1234.5")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format("1e3", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(true)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format("abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format([])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1, "x")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1, 1.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1234, 2, 1, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1, 2, 3, 4, 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECTF--
string(5) "1,235"
string(5) "1,234"
string(1) "1"
string(1) "2"
string(1) "3"
string(2) "-3"
string(8) "1,234.57"
string(8) "1.234,57"
string(7) "1234,57"
string(6) "123457"
string(12) "1,234,567.89"
string(22) "1<th>234<th>567<dec>89"
string(13) "1 234 567.891"
string(7) "123.000"
string(2) "12"
string(8) "1,000.00"
string(4) "1.01"
string(4) "1.96"
string(8) "-1,234.6"
string(1) "0"
string(1) "0"
string(2) "-1"
string(1) "0"
string(4) "0.00"
string(1) "0"
string(4) "0.00"
string(5) "1,235"
string(5) "100.0"
string(7) "100,000"
string(9) "1,000,000"
string(10) "10,000,000"
string(8) "-100,000"
string(25) "1,000,000,000,000,000.000"
string(107) "100,000,000,000,000,000,026,609,864,708,367,276,537,402,401,181,200,809,098,131,977,453,489,758,916,313,088"
string(25) "9,223,372,036,854,775,808"
string(10) "0.00001235"
string(64) "123.000000000000000000000000000000000000000000000000000000000000"
string(322) "0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000100000000000000002500"
string(332) "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
string(402) "0.3333333333333333148296162562473909929394721984863281250000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
string(1) "2"
string(3) "inf"
string(3) "inf"
string(3) "nan"
string(5) "1,235"
string(7) "1,000.0"
string(1) "1"

Deprecated: number_format(): Passing null to parameter #1 ($num) of type float is deprecated in %s on line 49
string(1) "0"
TypeError: number_format(): Argument #1 ($num) must be of type float, string given
TypeError: number_format(): Argument #1 ($num) must be of type float, array given
TypeError: number_format(): Argument #2 ($decimals) must be of type int, string given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 53
string(3) "1.0"
string(8) "12234100"
ArgumentCountError: number_format() expects at least 1 argument, 0 given
ArgumentCountError: number_format() expects at most 4 arguments, 5 given
