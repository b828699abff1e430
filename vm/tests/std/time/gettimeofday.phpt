--TEST--
gettimeofday: array with sec, usec, minuteswest, dsttime, or a float; time()
--FILE--
<?php
$t = gettimeofday();
var_dump(count($t), array_keys_are($t), is_int($t["sec"]), $t["usec"] >= 0 && $t["usec"] < 1000000);
var_dump($t["minuteswest"], $t["dsttime"], abs($t["sec"] - time()) <= 2);
function array_keys_are($a) {
    $keys = [];
    foreach ($a as $k => $v) { $keys[] = $k; }
    return implode(",", $keys);
}
$f = gettimeofday(true);
var_dump(is_float($f), abs($f - time()) <= 2);
$t0 = time();
var_dump(is_int($t0), $t0 > 1600000000, time() >= $t0);
date_default_timezone_set("Etc/GMT+5");
$t = gettimeofday();
var_dump($t["minuteswest"], $t["dsttime"]);
date_default_timezone_set("Etc/GMT-3");
$t = gettimeofday();
var_dump($t["minuteswest"]);
try { time(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { gettimeofday([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
int(4)
string(28) "sec,usec,minuteswest,dsttime"
bool(true)
bool(true)
int(0)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
int(300)
int(0)
int(-180)
time() expects exactly 0 arguments, 1 given
gettimeofday(): Argument #1 ($as_float) must be of type bool, array given
