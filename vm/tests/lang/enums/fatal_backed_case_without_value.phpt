--TEST--
Enums: compile-time error, backed case without value
--FILE--
<?php
enum E: int {
    case A = 1;
    case B;
}
--EXPECTF--

Fatal error: Case B of backed enum E must have a value in %s on line 4
