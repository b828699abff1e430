--TEST--
A destructor that takes arguments is a compile-time fatal error
--FILE--
<?php
echo "not printed: the class fails to compile\n";
class D {
    public function __construct() {}
    public function __destruct($reason = "") {}
}
--EXPECTF--

Fatal error: Method D::__destruct() cannot take arguments in %s on line 5
