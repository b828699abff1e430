--TEST--
Enums: compile-time error, redefined case
--FILE--
<?php
enum E {
    case A;
    const A = 1;
}
--EXPECTF--

Fatal error: Cannot redefine class constant E::A in %s on line 4
