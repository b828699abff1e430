--TEST--
sprintf errors: argument counts, bad specifiers, widths and precisions
--FILE--
<?php
try { var_dump(sprintf()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(printf()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s %s", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s %s %s", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%3$s', 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%2$s %s %s', 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("abc%", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%5", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%-", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%y", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%5y", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%S", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%i", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%5%", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%5%")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%0$s', 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%2147483647$s', 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%99999999999999999999$s', 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%'", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%'x", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%2147483647d", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.2147483647f", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%99999999999d", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", "5", 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", 5.0, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", -1, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", 2147483648, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*f", "2", 1.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*f", -2, 1.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*f", -1, 1.5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*s", -1, "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%*0$d', 1, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*f", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf([], 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf(null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(printf("%d %d\n", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%s %y", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%y %s")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECTF--
ArgumentCountError: sprintf() expects at least 1 argument, 0 given
ArgumentCountError: printf() expects at least 1 argument, 0 given
ArgumentCountError: 2 arguments are required, 1 given
ArgumentCountError: 3 arguments are required, 2 given
ArgumentCountError: 4 arguments are required, 2 given
ArgumentCountError: 4 arguments are required, 2 given
ArgumentCountError: 3 arguments are required, 2 given
ArgumentCountError: 2 arguments are required, 1 given
ValueError: Missing format specifier at end of string
ValueError: Missing format specifier at end of string
ValueError: Missing format specifier at end of string
ValueError: Missing format specifier at end of string
ValueError: Unknown format specifier "y"
ValueError: Unknown format specifier "y"
ValueError: Unknown format specifier "S"
ValueError: Unknown format specifier "i"
string(1) "%"
ArgumentCountError: 3 arguments are required, 1 given
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ValueError: Missing padding character
ValueError: Missing format specifier at end of string
ValueError: Width must be greater than zero and less than 2147483647
ValueError: Precision must be greater than zero and less than 2147483647
ValueError: Width must be greater than zero and less than 2147483647
ValueError: Width must be an integer
ValueError: Width must be an integer
ValueError: Width must be greater than zero and less than 2147483647
ValueError: Width must be greater than zero and less than 2147483647
ValueError: Precision must be an integer
ValueError: Precision must be between -1 and 2147483647
ValueError: Precision -1 is only supported for %g, %G, %h and %H
ValueError: Precision -1 is only supported for %g, %G, %h and %H
ValueError: Argument number specifier must be greater than zero and less than 2147483647
ArgumentCountError: 3 arguments are required, 2 given
ArgumentCountError: 3 arguments are required, 2 given
TypeError: sprintf(): Argument #1 ($format) must be of type string, array given

Deprecated: sprintf(): Passing null to parameter #1 ($format) of type string is deprecated in %s on line 40
string(0) ""
ArgumentCountError: 3 arguments are required, 2 given
ArgumentCountError: 3 arguments are required, 2 given
ArgumentCountError: 3 arguments are required, 1 given
