--TEST--
A static destructor is a compile-time fatal error
--FILE--
<?php
class D {
    public static function __destruct() {}
}
--EXPECTF--

Fatal error: Method D::__destruct() cannot be static in %s on line 3
