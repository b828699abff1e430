--TEST--
vsprintf and vprintf
--FILE--
<?php
try { var_dump(vsprintf("%s-%s", [1, 2])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s-%s", ["a" => "x", "b" => "y"])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf('%2$s %1$s', [10 => "a", 20 => "b"])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("no args", [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%05.2f|%x", ["3.14159", 255])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s %s", [1])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s", [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf('%3$s', [1])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%", [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%y", [1])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s", 5)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s", "abc")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%s", [1], 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vsprintf("%.60f", [1])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$a = [1, 2]; $r = &$a[0]; $r = "ref";
try { var_dump(vsprintf("%s %s", $a)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$n = vprintf("%s and %s\n", ["one", "two"]);
var_dump($n);
try { var_dump(vprintf("%d %d\n", [1])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vprintf("%d", 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(vprintf()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECTF--
string(3) "1-2"
string(3) "x-y"
string(3) "b a"
string(7) "no args"
string(8) "03.14|ff"
ValueError: The arguments array must contain 2 items, 1 given
ValueError: The arguments array must contain 1 items, 0 given
ValueError: The arguments array must contain 3 items, 1 given
ValueError: The arguments array must contain 1 items, 0 given
ValueError: Unknown format specifier "y"
TypeError: vsprintf(): Argument #2 ($values) must be of type array, int given
TypeError: vsprintf(): Argument #2 ($values) must be of type array, string given
ArgumentCountError: vsprintf() expects exactly 2 arguments, 1 given
ArgumentCountError: vsprintf() expects exactly 2 arguments, 3 given

Notice: vsprintf(): Requested precision of 60 digits was truncated to PHP maximum of 53 digits in %s on line 16
string(55) "1.00000000000000000000000000000000000000000000000000000"
string(5) "ref 2"
one and two
int(12)
ValueError: The arguments array must contain 2 items, 1 given
TypeError: vprintf(): Argument #2 ($values) must be of type array, int given
ArgumentCountError: vprintf() expects exactly 2 arguments, 0 given
