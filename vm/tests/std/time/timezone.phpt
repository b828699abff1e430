--TEST--
date_default_timezone_set/get: valid identifiers in any case, notices for invalid ones
--FILE--
<?php
var_dump(date_default_timezone_get());
var_dump(date_default_timezone_set("Europe/Paris"), date_default_timezone_get());
var_dump(date_default_timezone_set("america/new_york"), date_default_timezone_get());
var_dump(date_default_timezone_set("X"), date_default_timezone_get());
var_dump(date_default_timezone_set("Europe/Pariss"));
var_dump(date_default_timezone_set(""));
var_dump(date_default_timezone_set("UTC "));
foreach (["UTC", "utc", "GMT", "Etc/GMT+5", "EST", "CET", "Zulu", "US/Eastern", "America/Argentina/Buenos_Aires", "Asia/Kolkata", "Australia/Sydney"] as $tz) {
    echo $tz, ": ", date_default_timezone_set($tz) ? "ok " : "bad ", date_default_timezone_get(), "\n";
}
var_dump(date_default_timezone_set(null), date_default_timezone_get());
try { date_default_timezone_set([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { date_default_timezone_set(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { date_default_timezone_get(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
string(3) "UTC"
bool(true)
string(12) "Europe/Paris"
bool(true)
string(16) "america/new_york"

Notice: date_default_timezone_set(): Timezone ID 'X' is invalid in %s on line 5
bool(false)
string(16) "america/new_york"

Notice: date_default_timezone_set(): Timezone ID 'Europe/Pariss' is invalid in %s on line 6
bool(false)

Notice: date_default_timezone_set(): Timezone ID '' is invalid in %s on line 7
bool(false)

Notice: date_default_timezone_set(): Timezone ID 'UTC ' is invalid in %s on line 8
bool(false)
UTC: ok UTC
utc: ok utc
GMT: ok GMT
Etc/GMT+5: ok Etc/GMT+5
EST: ok EST
CET: ok CET
Zulu: ok Zulu
US/Eastern: ok US/Eastern
America/Argentina/Buenos_Aires: ok America/Argentina/Buenos_Aires
Asia/Kolkata: ok Asia/Kolkata
Australia/Sydney: ok Australia/Sydney

Deprecated: date_default_timezone_set(): Passing null to parameter #1 ($timezoneId) of type string is deprecated in %s on line 12

Notice: date_default_timezone_set(): Timezone ID '' is invalid in %s on line 12
bool(false)
string(16) "Australia/Sydney"
date_default_timezone_set(): Argument #1 ($timezoneId) must be of type string, array given
date_default_timezone_set() expects exactly 1 argument, 0 given
date_default_timezone_get() expects exactly 0 arguments, 1 given
