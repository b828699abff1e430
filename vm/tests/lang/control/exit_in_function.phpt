--TEST--
exit(status) ends the script at once: no finally, buffers flushed
--FILE--
<?php
function leave($how) {
    try {
        echo "leaving\n";
        exit($how);
    } finally {
        echo "finally does not run\n";
    }
}
ob_start();
echo "buffered output is flushed\n";
register_shutdown_function_stub();
function register_shutdown_function_stub() {}
leave(3);
echo "not reached\n";
--EXPECTF--
buffered output is flushed
leaving
