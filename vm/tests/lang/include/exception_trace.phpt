--TEST--
A trace through an included file lists the include as a frame
--FILE--
<?php
function load() {
    include __DIR__ . '/fixtures/throws.inc';
}
try {
    load();
} catch (RuntimeException $e) {
    echo $e->getMessage(), ' in ', basename($e->getFile()), ':', $e->getLine(), "\n";
    foreach ($e->getTrace() as $frame) {
        echo $frame['function'], ' called in ', basename($frame['file']), ':', $frame['line'], "\n";
    }
}
--EXPECT--
from the included file in throws.inc:3
thrower called in throws.inc:5
include called in exception_trace.php:3
load called in exception_trace.php:6
