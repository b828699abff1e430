--TEST--
constants are case-sensitive; reading an undefined one is an Error
--FILE--
<?php
define("UPPER", 1);
try { var_dump(upper); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(Php_Eol); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(TRUE, True, NULL, FaLsE, UPPER);
echo NOT_DEFINED;
--EXPECTF--
Error: Undefined constant "upper"
Error: Undefined constant "Php_Eol"
bool(true)
bool(true)
NULL
bool(false)
int(1)

Fatal error: Uncaught Error: Undefined constant "NOT_DEFINED" in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
