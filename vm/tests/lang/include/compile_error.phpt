--TEST--
A compile-time error in an included file is a fatal error naming that file and line
--FILE--
<?php
echo "before\n";
try {
    include __DIR__ . '/fixtures/compile_error.inc';
} catch (Throwable $e) {
    echo "not caught: compile errors are fatal\n";
}
echo "not reached\n";
--EXPECTF--
before

Fatal error: 'break' not in the 'loop' or 'switch' context in %s/fixtures/compile_error.inc on line 3
