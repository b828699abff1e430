--TEST--
exceptions: set_exception_handler return values, restore, invalid callback, closure handler
--FILE--
<?php
function first(Throwable $t) { echo "first handler: ", $t->getMessage(), "\n"; }
function second(Throwable $t) { echo "second handler: ", get_class($t), " ", $t->getMessage(), "\n"; }
var_dump(set_exception_handler('first'));
var_dump(set_exception_handler('second'));
var_dump(restore_exception_handler());
var_dump(set_exception_handler(null));
set_exception_handler(function (Throwable $t) {
    echo "closure handler: ", $t->getMessage(), " line ", $t->getLine(), "\n";
});

try { set_exception_handler('no_such_function'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "before\n";
throw new Error('unhandled error');
echo "never\n";
--EXPECTF--
NULL
string(5) "first"
bool(true)
string(5) "first"
set_exception_handler(): Argument #1 ($callback) must be a valid callback or null, function "no_such_function" not found or invalid function name
before
closure handler: unhandled error line 14
