--TEST--
functions: typed and nullable variadic parameters with TypeErrors
--FILE--
<?php
function ints(int ...$xs) { return array_sum($xs); }
var_dump(ints(), ints(1, 2, "3"));
try { ints(1, "x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function pre(string $sep, ?int ...$xs) { return implode($sep, array_map(fn($x) => $x ?? 'null', $xs)); }
var_dump(pre(',', 1, null, 3));
function objs(stdClass ...$os) { return count($os); }
try { objs(new stdClass, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(0)
int(6)
ints(): Argument #2 must be of type int, string given, called in %s on line 4
string(8) "1,null,3"
objs(): Argument #2 must be of type stdClass, array given, called in %s on line 8
