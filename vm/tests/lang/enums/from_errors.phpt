--TEST--
Enums: from errors
--FILE--
<?php
enum Status: int {
    case Active = 1;
}
enum Code: string {
    case Ok = 'ok';
}
try { Status::from(99); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Code::from('zz'); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Status::tryFrom('abc'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(Code::tryFrom(1));
try { Status::from(); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
Status::from(7);
--EXPECTF--
ValueError: 99 is not a valid backing value for enum Status
ValueError: "zz" is not a valid backing value for enum Code
TypeError: Status::tryFrom(): Argument #1 ($value) must be of type int, string given
NULL
ArgumentCountError: Status::from() expects exactly 1 argument, 0 given

Fatal error: Uncaught ValueError: 7 is not a valid backing value for enum Status in %s:13
Stack trace:
#0 %s(13): Status::from(7)
#1 {main}
  thrown in %s on line 13
