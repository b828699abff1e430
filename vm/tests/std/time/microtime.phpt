--TEST--
microtime: "msec sec" string or float, consistent with time() and increasing
--FILE--
<?php
$s = microtime();
var_dump(is_string($s), strlen($s) >= 21, $s[0], $s[1], $s[8], $s[9], $s[10]);
$frac = (float) $s;
var_dump($frac >= 0 && $frac < 1);
$f = microtime(true);
var_dump(is_float($f), abs($f - time()) <= 2, microtime(false) === $s || is_string(microtime(false)));
$prev = microtime(true);
$ok = true;
for ($i = 0; $i < 100; $i++) {
    $now = microtime(true);
    $ok = $ok && $now >= $prev;
    $prev = $now;
}
var_dump($ok);
var_dump(is_float(microtime(1)), is_string(microtime(0)));
try { microtime([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { microtime(true, 1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
var_dump(is_string(microtime(null)));
--EXPECTF--
bool(true)
bool(true)
string(1) "0"
string(1) "."
string(1) "0"
string(1) "0"
string(1) " "
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
microtime(): Argument #1 ($as_float) must be of type bool, array given
microtime() expects at most 1 argument, 2 given

Deprecated: microtime(): Passing null to parameter #1 ($as_float) of type bool is deprecated in %s on line 19
bool(true)
