--TEST--
finally with return, multi-catch, getPrevious, getTraceAsString, exception handler
--FILE--
<?php
function f() { try { return "try"; } finally { echo "finally\n"; } }
echo f(), "\n";
function g() { try { throw new Exception("x"); } catch (Exception $e) { return "caught"; } finally { return "fin"; } }
echo g(), "\n";
class MyEx extends InvalidArgumentException {}
try { throw new MyEx("m", 5, new RuntimeException("prev")); } catch (LogicException | RuntimeException $e) { echo get_class($e), $e->getCode(), $e->getPrevious()->getMessage(), $e->getLine(), $e->getFile(), "\n"; }
try { try { throw new Exception("a"); } finally { echo "inner finally\n"; } } catch (Exception $e) { echo "outer ", $e->getMessage(), "\n"; }
function thrower() { throw new Exception("deep"); }
function mid() { thrower(); }
try { mid(); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
set_error_handler(function ($no, $str, $file, $line) { echo "handler: $no $str\n"; return true; });
echo $undefined;
trigger_error("custom", E_USER_WARNING);
restore_error_handler();
echo @$undefined2, "x\n";
var_dump(error_reporting());
set_exception_handler(function ($e) { echo "uncaught: ", $e->getMessage(), "\n"; });
throw new Exception("last");
--EXPECTF--
finally
try
fin
MyEx5prev7%s
inner finally
outer a
#0 %s(10): thrower()
#1 %s(11): mid()
#2 {main}
handler: 2 Undefined variable $undefined
handler: 512 custom
x
int(32767)
uncaught: last
