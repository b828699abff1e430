--TEST--
TypeError and ArgumentCountError messages for user functions
--FILE--
<?php
function needs_int(int $x) { return $x; }
function returns_int(): int { return "not a number"; }
try { needs_int("abc"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { needs_int([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { needs_int(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { returns_int(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { needs_int(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function two($a, $b = 1) {}
try { two(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
echo needs_int(1.0), " ", needs_int("7"), " ", needs_int(true), "\n";
--EXPECTF--
needs_int(): Argument #1 ($x) must be of type int, string given, called in %s on line 4
needs_int(): Argument #1 ($x) must be of type int, array given, called in %s on line 5
needs_int(): Argument #1 ($x) must be of type int, null given, called in %s on line 6
returns_int(): Return value must be of type int, string returned
ArgumentCountError: Too few arguments to function needs_int(), 0 passed in %s on line 8 and exactly 1 expected
Too few arguments to function two(), 0 passed in %s on line 10 and at least 1 expected
1 7 1
