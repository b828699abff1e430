--TEST--
functions: void, mixed and never return types; a never function falling off its end
--FILE--
<?php
function v(): void { return; }
var_dump(v());
function v2(): void { echo "no return\n"; }
var_dump(v2());
function m(mixed $x): mixed { return $x; }
var_dump(m(null), m([1]), m(1.5));
function stop(string $why): never { throw new RuntimeException($why); }
try { stop('never returns'); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
function badNever(): never { echo "falls off the end\n"; }
try { badNever(); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function exits(): never { exit("exit from never\n"); }
function neverM(): mixed { return null; }
var_dump(neverM());
exits();
--EXPECTF--
NULL
no return
NULL
NULL
array(1) {
  [0]=>
  int(1)
}
float(1.5)
never returns
falls off the end
TypeError: badNever(): never-returning function must not implicitly return
NULL
exit from never
