--TEST--
exceptions: getPrevious chains across Exception and Error, uncaught chain output
--FILE--
<?php
$a = new Exception('A', 1);
$b = new RuntimeException('B', 2, $a);
$c = new LogicException('C', 3, $b);
for ($e = $c; $e; $e = $e->getPrevious()) echo get_class($e), ":", $e->getMessage(), ":", $e->getCode(), "\n";
var_dump($a->getPrevious());
// an Error may have an Exception as previous and the other way round
$err = new Error('err', 0, new Exception('cause'));
echo $err->getPrevious()->getMessage(), "\n";
$ex = new Exception('ex', 0, new TypeError('type cause'));
echo get_class($ex->getPrevious()), "\n";
// uncaught chains print every exception, innermost first
function fail() { throw new LogicException('root cause'); }
try { fail(); } catch (Exception $e) { throw new RuntimeException('wrapper', 5, $e); }
--EXPECTF--
LogicException:C:3
RuntimeException:B:2
Exception:A:1
NULL
cause
TypeError

Fatal error: Uncaught LogicException: root cause in %s:13
Stack trace:
#0 %s(14): fail()
#1 {main}

Next RuntimeException: wrapper in %s:14
Stack trace:
#0 {main}
  thrown in %s on line 14
