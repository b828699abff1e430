--TEST--
require's Error for a missing file can be caught
--FILE--
<?php
try {
    require_once 'no_such_file.inc';
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
include __DIR__ . '/fixtures/require_missing_inner.inc';
try {
    load_missing();
} catch (Error $e) {
    echo $e->getMessage(), ' at line ', $e->getLine(), ' of ', basename($e->getFile()), "\n";
}
--EXPECTF--

Warning: require_once(no_such_file.inc): Failed to open stream: No such file or directory in %s/missing_require_caught.php on line 3
Error: Failed opening required 'no_such_file.inc' (include_path='.:/usr/share/php')

Warning: require(missing_in_function.inc): Failed to open stream: No such file or directory in %s/fixtures/require_missing_inner.inc on line 3
Failed opening required 'missing_in_function.inc' (include_path='.:/usr/share/php') at line 3 of require_missing_inner.inc
