--TEST--
ob_get_status, ob_list_handlers, chunk sizes and the PHP_OUTPUT_HANDLER constants
--FILE--
<?php
var_dump(PHP_OUTPUT_HANDLER_START, PHP_OUTPUT_HANDLER_WRITE, PHP_OUTPUT_HANDLER_FLUSH, PHP_OUTPUT_HANDLER_CLEAN, PHP_OUTPUT_HANDLER_FINAL, PHP_OUTPUT_HANDLER_CONT, PHP_OUTPUT_HANDLER_END);
var_dump(PHP_OUTPUT_HANDLER_CLEANABLE, PHP_OUTPUT_HANDLER_FLUSHABLE, PHP_OUTPUT_HANDLER_REMOVABLE, PHP_OUTPUT_HANDLER_STDFLAGS, PHP_OUTPUT_HANDLER_STARTED, PHP_OUTPUT_HANDLER_DISABLED);
var_dump(ob_get_status(), ob_get_status(true), ob_list_handlers());
ob_start();
echo "abc";
$s1 = ob_get_status();
ob_flush();
$s2 = ob_get_status();
ob_start(null, 100);
echo str_repeat("b", 50);
$s3 = ob_get_status(true);
$h = ob_list_handlers();
ob_end_clean();
ob_start(null, 5000);
$s4 = ob_get_status();
echo str_repeat("c", 20000);
$s5 = ob_get_status();
ob_end_clean();
$s6 = ob_get_status();
ob_clean();
echo str_repeat("d", 16384);
$s7 = ob_get_status();
ob_clean();
ob_start(null, 4);
echo "ab";
$s8 = ob_get_status();
echo "cd";
echo "e";
$x = ob_get_contents();
ob_end_clean();
$s9 = ob_get_status();
ob_start(null, -5);
$s10 = ob_get_status();
ob_end_clean();
ob_start(null, 1);
$s11 = ob_get_status();
ob_end_clean();
ob_start(null, 0, 0xffff);
$s12 = ob_get_status();
ob_end_clean();
$rest = ob_get_clean();
var_dump($s1, $s2, $s3, $h, $s4, $s5);
foreach ([$s6, $s7, $s8, $s9, $s10, $s11, $s12] as $s) {
    echo $s["level"], " ", $s["flags"], " ", $s["chunk_size"], " ", $s["buffer_size"], " ", $s["buffer_used"], "\n";
}
var_dump($x, strlen($rest));
try { var_dump(ob_get_status(1, 2)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_implicit_flush()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_implicit_flush(false)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(ob_list_handlers(1)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
?>
--EXPECT--
int(1)
int(0)
int(4)
int(2)
int(8)
int(0)
int(8)
int(16)
int(32)
int(64)
int(112)
int(4096)
int(8192)
array(0) {
}
array(0) {
}
array(0) {
}
abcarray(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(3)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(20592)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(0)
}
array(2) {
  [0]=>
  array(7) {
    ["name"]=>
    string(22) "default output handler"
    ["type"]=>
    int(0)
    ["flags"]=>
    int(20592)
    ["level"]=>
    int(0)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(0)
  }
  [1]=>
  array(7) {
    ["name"]=>
    string(22) "default output handler"
    ["type"]=>
    int(0)
    ["flags"]=>
    int(112)
    ["level"]=>
    int(1)
    ["chunk_size"]=>
    int(100)
    ["buffer_size"]=>
    int(4096)
    ["buffer_used"]=>
    int(50)
  }
}
array(2) {
  [0]=>
  string(22) "default output handler"
  [1]=>
  string(22) "default output handler"
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(5000)
  ["buffer_size"]=>
  int(8192)
  ["buffer_used"]=>
  int(0)
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(20592)
  ["level"]=>
  int(1)
  ["chunk_size"]=>
  int(5000)
  ["buffer_size"]=>
  int(20480)
  ["buffer_used"]=>
  int(0)
}
0 20592 0 32768 20000
0 20592 0 32768 16384
1 112 4 4096 2
0 20592 0 32768 4
1 112 0 16384 0
1 112 1 16384 0
1 65520 0 16384 0
string(1) "e"
int(4)
ArgumentCountError: ob_get_status() expects at most 1 argument, 2 given
NULL
NULL
ArgumentCountError: ob_list_handlers() expects exactly 0 arguments, 1 given
