--TEST--
Call stack: internal callers
--FILE--
<?php
function f($x) { throw new Exception("from f($x)"); }
function show($x) { debug_print_backtrace(); return $x; }
try { array_map('f', [1]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
$a = [3, 1];
usort($a, function ($x, $y) { show(0); return $x <=> $y; });
call_user_func_array('show', [7]);
array_walk($a, fn(&$v, $k) => show($k));
echo implode(',', array_filter([1, 2], 'show')), "\n";
try {
    array_map(fn($v) => f($v), ['long string argument that gets truncated in traces']);
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
--EXPECTF--
#0 [internal function]: f(1)
#1 %s(4): array_map('f', Array)
#2 {main}
#0 %s(6): show(0)
#1 [internal function]: {closure}(3, 1)
#2 %s(6): usort(Array, Object(Closure))
#0 %s(7): show(7)
#0 %s(8): show(0)
#1 [internal function]: {closure}(1, 0)
#2 %s(8): array_walk(Array, Object(Closure))
#0 %s(8): show(1)
#1 [internal function]: {closure}(3, 1)
#2 %s(8): array_walk(Array, Object(Closure))
#0 [internal function]: show(1)
#1 %s(9): array_filter(Array, 'show')
#0 [internal function]: show(2)
#1 %s(9): array_filter(Array, 'show')
1,2
#0 %s(11): f('long string arg...')
#1 [internal function]: {closure}('long string arg...')
#2 %s(11): array_map(Object(Closure), Array)
#3 {main}
