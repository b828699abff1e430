--TEST--
Enums: compile-time error, case outside enum
--FILE--
<?php
echo "never\n";
class A {
    case X;
}
--EXPECTF--

Fatal error: Case can only be used in enums in %s on line 4
