--TEST--
constant() and defined() for global and class constants
--FILE--
<?php
class K { const X = 5; const LIST = [1, 2]; }
class L extends K { const Y = "y"; }
const TOP = "top";
var_dump(constant("PHP_EOL"), constant("E_ALL"), constant("TOP"), constant("TRUE"), constant("null"), constant("fAlSe"));
var_dump(constant("K::X"), constant("L::X"), constant("L::Y"), constant("k::LIST"));
try { var_dump(constant("K::class")); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(defined("PHP_INT_MAX"), defined("TOP"), defined("top"), defined("true"), defined("NOPE"), defined(""));
var_dump(defined("K::X"), defined("L::X"), defined("K::Y"), defined("Nope::X"));
try { var_dump(constant("NOPE")); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(constant("top")); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(constant("K::NOPE")); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(constant("Nope::X")); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(constant()); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { var_dump(defined([])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(1) "
"
int(32767)
string(3) "top"
bool(true)
NULL
bool(false)
int(5)
int(5)
string(1) "y"
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
Error: Undefined constant K::class
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
Error: Undefined constant "NOPE"
Error: Undefined constant "top"
Error: Undefined constant K::NOPE
Error: Class "Nope" not found
constant() expects exactly 1 argument, 0 given
defined(): Argument #1 ($constant_name) must be of type string, array given
