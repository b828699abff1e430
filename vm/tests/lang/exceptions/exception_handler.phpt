--TEST--
set_exception_handler and restore_exception_handler
--FILE--
<?php
function first($e) { echo "first: ", $e->getMessage(), "\n"; }
var_dump(set_exception_handler('first'));
$prev = set_exception_handler(function (Throwable $e) {
    echo "second: ", get_class($e), " ", $e->getMessage(), "\n";
});
var_dump($prev);
restore_exception_handler();
echo "before\n";
function fail() { throw new RuntimeException("from fail"); }
fail();
echo "never\n";
--EXPECTF--
NULL
string(5) "first"
before
first: from fail
