--TEST--
sprintf argument numbers (%1$s) and widths/precisions from arguments (*)
--FILE--
<?php
try { var_dump(sprintf('%1$s %2$s %1$s', "a", "b")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%2$s %1$s', "a", "b")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%1$s %s %s', "a", "b")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%s %1$s %s', "a", "b")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%3$s', "a", "b", "c")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%1$05d|%1$-5d|%1$x', 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%1$\'*10s', "pad")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%01$s', "z")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%10$s', 1, 2, 3, 4, 5, 6, 7, 8, 9, "ten")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", 5, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%-*d|", 5, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%0*d", 5, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*f", 2, 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*.*f", 10, 3, 3.14159)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*s", 2, "abcdef")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%*2$d', 42, 6)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%1$*2$.*3$f|', 3.14159, 10, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*g", -1, 0.1 + 0.2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*G", -1, 1e100)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%.*g|%.*H", -1, 1464845189442349.2, -1, 1464845189442349.2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf("%*d", 0, 42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(sprintf('%1$s %1$s %1$s', "x")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
string(5) "a b a"
string(3) "b a"
string(5) "a a b"
string(5) "a a b"
string(1) "c"
string(14) "00042|42   |2a"
string(10) "*******pad"
string(1) "z"
string(3) "ten"
string(5) "   42"
string(6) "42   |"
string(5) "00042"
string(4) "3.14"
string(10) "     3.142"
string(2) "ab"
string(6) "    42"
string(11) "      3.14|"
string(19) "0.30000000000000004"
string(8) "1.0E+100"
string(37) "1464845189442349.2|1464845189442349.2"
string(2) "42"
string(5) "x x x"
