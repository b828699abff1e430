--TEST--
sprintf arguments of other types: objects, numeric and non-numeric strings, big numbers
--FILE--
<?php
class P {}
class S { function __toString(): string { return "7.5"; } }
try { var_dump(sprintf("%d", new P)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", new P)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", new P)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d|%f|%x|%s", new S, new S, new S, new S)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%c", new P)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", " 42")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "42 ")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "0x1A")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "9999999999999999999")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "-9999999999999999999")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "1e100")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%u", "1e100")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", 9.2233720368547758E+18)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", -9.2233720368547758E+18)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", "1.5e3xyz")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.2f", "-.5")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", "\xff")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%\xff", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf(new S)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(new S)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(1.5, 1, new S, new S)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(number_format(new P)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%d %s", [new S, new S])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECTF--

Warning: Object of class P could not be converted to int in %s on line 4
string(1) "1"

Warning: Object of class P could not be converted to float in %s on line 5
string(8) "1.000000"
Error: Object of class P could not be converted to string

Warning: Object of class S could not be converted to int in %s on line 7

Warning: Object of class S could not be converted to float in %s on line 7

Warning: Object of class S could not be converted to int in %s on line 7
string(16) "1|1.000000|1|7.5"

Warning: Object of class P could not be converted to int in %s on line 8
string(1) ""
string(1) "0"
string(2) "42"
string(2) "42"
string(1) "0"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(19) "9223372036854775807"
string(19) "9223372036854775807"
string(20) "-9223372036854775808"
string(20) "-9223372036854775808"
string(11) "1500.000000"
string(5) "-0.50"
string(1) "ÿ"
ValueError: Unknown format specifier "ÿ"
string(3) "7.5"
TypeError: number_format(): Argument #1 ($num) must be of type float, S given
string(5) "17.55"
TypeError: number_format(): Argument #1 ($num) must be of type float, P given

Warning: Object of class S could not be converted to int in %s on line 27
string(5) "1 7.5"
