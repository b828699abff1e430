--TEST--
calling what is not callable, and argument errors of closures
--FILE--
<?php
try {
    $f = 'no_such_function';
    $f();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $n = 42;
    $n();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    call_user_func('no_such_function');
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    call_user_func_array('strlen', 5);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $f = function ($a, $b) { return $a + $b; };
    $f(1);
} catch (ArgumentCountError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    $g = fn(int $x) => $x;
    $g("abc");
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    func_get_args();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "done\n";
--EXPECTF--
Error: Call to undefined function no_such_function()
Error: Value of type int is not callable
TypeError: call_user_func(): Argument #1 ($callback) must be a valid callback, function "no_such_function" not found or invalid function name
TypeError: call_user_func_array(): Argument #2 ($args) must be of type array, int given
ArgumentCountError: Too few arguments to function {closure}(), 1 passed in %s on line 26 and exactly 2 expected
TypeError: {closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 32
Error: func_get_args() cannot be called from the global scope
done
