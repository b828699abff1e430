--TEST--
define makes constants visible to later reads, in functions too; redefinition and misuse
--FILE--
<?php
function show() { return FOO . "/" . LATER; }
var_dump(define("FOO", 1), FOO, defined("FOO"));
var_dump(define("FOO", 2), FOO);
define("LATER", "late");
var_dump(show());
var_dump(define("CI", 2, true), CI);
var_dump(define("CS", 3, false), CS);
var_dump(define("ARR", [1, [2, 3]]), ARR[1][0], count(ARR));
var_dump(define("OBJ", new stdClass), get_class(OBJ));
var_dump(define("NUL", null), NUL, defined("NUL"));
var_dump(define("__MINE__", 1), __MINE__);
var_dump(define("", "empty"), constant(""));
var_dump(define("1abc", 5), constant("1abc"));
var_dump(define("true", 1), define("NULL", 1), define("False", 1));
var_dump(define("PHP_EOL", "x"), define("E_ALL", 1), E_ALL);
var_dump(define("lower", "l"), lower, defined("LOWER"));
var_dump(define("\\Lead", 1), defined("Lead"));
var_dump(define("Ns\\Sub\\VAL", 7), constant("ns\\sub\\VAL"), defined("NS\\SUB\\VAL"), defined("Ns\\Sub\\val"), defined("\\Ns\\Sub\\VAL"));
try { define("A::B", 1); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { define("X"); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { define([], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(define(12, "twelve"), constant("12"));
--EXPECTF--
bool(true)
int(1)
bool(true)

Warning: Constant FOO already defined in %s on line 4
bool(false)
int(1)
string(6) "1/late"

Warning: define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive constants is no longer supported in %s on line 7
bool(true)
int(2)
bool(true)
int(3)
bool(true)
int(2)
int(2)
bool(true)
string(8) "stdClass"
bool(true)
NULL
bool(true)
bool(true)
int(1)
bool(true)
string(5) "empty"
bool(true)
int(5)

Warning: Constant true already defined in %s on line 15

Warning: Constant NULL already defined in %s on line 15

Warning: Constant False already defined in %s on line 15
bool(false)
bool(false)
bool(false)

Warning: Constant PHP_EOL already defined in %s on line 16

Warning: Constant E_ALL already defined in %s on line 16
bool(false)
bool(false)
int(32767)
bool(true)
string(1) "l"
bool(false)
bool(true)
bool(false)
bool(true)
int(7)
bool(true)
bool(false)
bool(true)
ValueError: define(): Argument #1 ($constant_name) cannot be a class constant
define() expects at least 2 arguments, 1 given
define(): Argument #1 ($constant_name) must be of type string, array given
bool(true)
string(6) "twelve"
