--TEST--
Unqualified constants fall back to the global constant; namespaced constants keep their case
--FILE--
<?php
namespace App;

echo PHP_INT_SIZE, "\n";
echo \PHP_INT_SIZE, "\n";
var_dump(PHP_EOL === \PHP_EOL);
var_dump(true, \false, NULL);

// A namespaced constant shadows the global one of the same name.
const E_ALL = 'mine';
echo E_ALL, "\n";
echo \E_ALL, "\n";

// Constants are case-sensitive, their namespace is not.
const Answer = 42;
echo \app\Answer, " ", \APP\Answer, "\n";
try {
    echo ANSWER, "\n";
} catch (\Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
--EXPECT--
8
8
bool(true)
bool(true)
bool(false)
NULL
mine
32767
42 42
Error: Undefined constant "App\ANSWER"
