--TEST--
output buffering functions without a buffer, with bad arguments, and non-removable buffers
--FILE--
<?php
var_dump(ob_end_clean());
var_dump(ob_end_flush());
var_dump(ob_get_flush());
var_dump(ob_clean());
var_dump(ob_flush());
var_dump(ob_get_clean());
var_dump(ob_get_contents());
var_dump(ob_get_length());
var_dump(flush());
try { var_dump(ob_get_level(1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_get_clean(1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_end_clean(null)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(flush(1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start(null, 0, 0, 1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start(null, "x")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start(null, 0, [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start("no_such_function")); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start(["NoSuchClass", "m"])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_start(42)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
ob_start(null, 0, PHP_OUTPUT_HANDLER_STDFLAGS ^ PHP_OUTPUT_HANDLER_REMOVABLE);
echo "stays";
var_dump(ob_end_clean());
var_dump(ob_end_flush());
$r = ob_get_clean();
$f = ob_get_flush();
$level = ob_get_level();
ob_start(null, 0, 0);
echo "fixed";
var_dump(ob_clean());
var_dump(ob_flush());
$l2 = ob_get_level();
ob_start(null, 0, PHP_OUTPUT_HANDLER_CLEANABLE | PHP_OUTPUT_HANDLER_REMOVABLE);
echo "q";
var_dump(ob_flush());
$c = ob_get_clean();
echo "[", $r, "]\n[", $f, "]\n[", $c, "]\n";
var_dump($level, $l2);
?>
--EXPECTF--

Notice: ob_end_clean(): Failed to delete buffer. No buffer to delete in %s on line 2
bool(false)

Notice: ob_end_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 3
bool(false)

Notice: ob_get_flush(): Failed to delete and flush buffer. No buffer to delete or flush in %s on line 4
bool(false)

Notice: ob_clean(): Failed to delete buffer. No buffer to delete in %s on line 5
bool(false)

Notice: ob_flush(): Failed to flush buffer. No buffer to flush in %s on line 6
bool(false)
bool(false)
bool(false)
bool(false)
NULL
ArgumentCountError: ob_get_level() expects exactly 0 arguments, 1 given
ArgumentCountError: ob_get_clean() expects exactly 0 arguments, 1 given
ArgumentCountError: ob_end_clean() expects exactly 0 arguments, 1 given
ArgumentCountError: flush() expects exactly 0 arguments, 1 given
ArgumentCountError: ob_start() expects at most 3 arguments, 4 given
TypeError: ob_start(): Argument #2 ($chunk_size) must be of type int, string given
TypeError: ob_start(): Argument #3 ($flags) must be of type int, array given

Warning: ob_start(): function "no_such_function" not found or invalid function name in %s on line 18

Notice: ob_start(): Failed to create buffer in %s on line 18
bool(false)

Warning: ob_start(): class "NoSuchClass" not found in %s on line 19

Notice: ob_start(): Failed to create buffer in %s on line 19
bool(false)

Warning: ob_start(): no array or string given in %s on line 20

Notice: ob_start(): Failed to create buffer in %s on line 20
bool(false)
int(0)
stays
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 24
bool(false)

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 25
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 26

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 26

Notice: ob_get_flush(): Failed to send buffer of default output handler (0) in %s on line 27

Notice: ob_get_flush(): Failed to delete buffer of default output handler (0) in %s on line 27
fixed
Notice: ob_clean(): Failed to delete buffer of default output handler (1) in %s on line 31
bool(false)

Notice: ob_flush(): Failed to flush buffer of default output handler (1) in %s on line 32
bool(false)
[stays
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 24
bool(false)

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 25
bool(false)
]
[stays
Notice: ob_end_clean(): Failed to discard buffer of default output handler (0) in %s on line 24
bool(false)

Notice: ob_end_flush(): Failed to send buffer of default output handler (0) in %s on line 25
bool(false)

Notice: ob_get_clean(): Failed to discard buffer of default output handler (0) in %s on line 26

Notice: ob_get_clean(): Failed to delete buffer of default output handler (0) in %s on line 26
]
[q
Notice: ob_flush(): Failed to flush buffer of default output handler (2) in %s on line 36
bool(false)
]
int(1)
int(2)
