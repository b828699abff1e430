--TEST--
substr with negative and out-of-range offsets and lengths
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$s = "abcdef";
var_dump(substr($s, 0), substr($s, 1), substr($s, 1, 3), substr($s, 0, -1), substr($s, 2, -2), substr($s, -1), substr($s, -3, 2), substr($s, -3, -1));
var_dump(substr($s, 6), substr($s, 7), substr($s, 100, 2), substr($s, -100), substr($s, -100, 2), substr($s, 2, 0), substr($s, 2, -10), substr($s, 4, 100));
var_dump(substr($s, 0, null), substr($s, -2, null), substr("", 0), substr("", -1, 1), substr("", 1));
var_dump(substr(12345, 1, 2), substr($s, "2"), substr($s, true), substr($s, PHP_INT_MIN), substr($s, 1, PHP_INT_MIN), substr($s, PHP_INT_MAX));
try { substr($s, "x"); } catch (TypeError $ex) { e($ex); }
try { substr($s, 1, []); } catch (TypeError $ex) { e($ex); }
try { substr([], 1); } catch (TypeError $ex) { e($ex); }
try { substr($s); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(substr($s, 1.0));
var_dump(substr($s, 1.5));
--EXPECTF--
string(6) "abcdef"
string(5) "bcdef"
string(3) "bcd"
string(5) "abcde"
string(2) "cd"
string(1) "f"
string(2) "de"
string(2) "de"
string(0) ""
string(0) ""
string(0) ""
string(6) "abcdef"
string(2) "ab"
string(0) ""
string(0) ""
string(2) "ef"
string(6) "abcdef"
string(2) "ef"
string(0) ""
string(0) ""
string(0) ""
string(2) "23"
string(4) "cdef"
string(5) "bcdef"
string(6) "abcdef"
string(0) ""
string(0) ""
TypeError: substr(): Argument #2 ($offset) must be of type int, string given
TypeError: substr(): Argument #3 ($length) must be of type ?int, array given
TypeError: substr(): Argument #1 ($string) must be of type string, array given
ArgumentCountError: substr() expects at least 2 arguments, 1 given
string(5) "bcdef"

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 13
string(5) "bcdef"
