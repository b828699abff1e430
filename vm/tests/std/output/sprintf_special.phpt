--TEST--
sprintf of NAN and INF, and floats from other types
--FILE--
<?php
try { var_dump(sprintf("%f", NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%e|%g", NAN, NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%10f]", NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%-10f]", NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+f]", NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+05f]", NAN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%f]", INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%f]", -INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%10.2f]", INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+f]", INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%+010f]", INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%010f]", -INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%e] [%E] [%g] [%G]", INF, -INF, INF, -INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%s] [%s] [%s]", NAN, INF, -INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%d] [%d] [%d]", NAN, INF, -INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%x]", INF)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", "")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", true)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", [1, 2])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", "1e3")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%f", " 12.5 ")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.3f", PHP_INT_MAX)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
string(3) "NaN"
string(7) "NaN|NaN"
string(5) "[NaN]"
string(5) "[NaN]"
string(5) "[NaN]"
string(5) "[+aN]"
string(5) "[INF]"
string(5) "[INF]"
string(5) "[INF]"
string(5) "[INF]"
string(5) "[+NF]"
string(5) "[-NF]"
string(23) "[INF] [INF] [INF] [INF]"
string(18) "[NAN] [INF] [-INF]"
string(11) "[0] [0] [0]"
string(3) "[0]"
string(8) "0.000000"
string(8) "0.000000"
string(8) "0.000000"
string(8) "1.000000"
string(8) "1.000000"
string(11) "1000.000000"
string(9) "12.500000"
string(23) "9223372036854775808.000"
