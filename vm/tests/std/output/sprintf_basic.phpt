--TEST--
sprintf and printf: plain text, %s %d %u %c and %%
--FILE--
<?php
try { var_dump(sprintf("hello")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("100%% sure")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s and %s", "this", "that")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d apples", 12)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", -42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "12abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", "1e3")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", 3.99)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", -3.99)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", true)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", [0])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", 1e30)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%d", PHP_INT_MIN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%u", 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%u", -1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%u", PHP_INT_MIN)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%c%c%c", 80, 72, 80)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%c]", 256 + 65)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%5c]", 65)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", 1.0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", 0.1 + 0.2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", 1e25)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s|%s|%s", true, false, null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", -0.0)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%ld %lu", 5, 6)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(strlen(sprintf("%s", "a\0b"))); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("no conversions", 1, 2, 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n = printf("%s=%d\n", "x", 10);
var_dump($n);
$n = printf("");
var_dump($n);
try { var_dump(printf("%05.1f|%-6s|\n", 3.14159, "ab")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
class Name { function __toString(): string { return "Name!"; } }
try { var_dump(sprintf("%s", new Name())); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("[%10s]", new Name())); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s", [1, 2])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECTF--
string(5) "hello"
string(0) ""
string(9) "100% sure"
string(13) "this and that"
string(9) "12 apples"
string(3) "-42"
string(2) "12"
string(4) "1000"
string(1) "3"
string(2) "-3"
string(1) "1"
string(1) "0"
string(1) "0"
string(1) "1"
string(19) "5076964154930102272"
string(20) "-9223372036854775808"
string(1) "3"
string(20) "18446744073709551615"
string(19) "9223372036854775808"
string(3) "PHP"
string(3) "[A]"
string(3) "[A]"
string(1) "1"
string(3) "0.3"
string(7) "1.0E+25"
string(3) "1||"
string(2) "-0"
string(3) "5 6"
int(3)
string(14) "no conversions"
x=10
int(5)
int(0)
003.1|ab    |
int(14)
string(5) "Name!"
string(12) "[     Name!]"

Warning: Array to string conversion in %s on line 40
string(5) "Array"
