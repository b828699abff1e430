--TEST--
Enums: compile-time error, magic method
--FILE--
<?php
enum E {
    case A;
    public function __get($n) { return 1; }
}
--EXPECTF--

Fatal error: Enum E cannot include magic method __get in %s on line 2
