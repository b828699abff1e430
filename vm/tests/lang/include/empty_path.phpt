--TEST--
include and require of an empty path throw a ValueError
--FILE--
<?php
foreach (['include', 'require'] as $how) {
    try {
        $r = $how === 'include' ? include '' : require '';
    } catch (ValueError $e) {
        echo $how, ': ', get_class($e), ': ', $e->getMessage(), "\n";
    }
}
--EXPECT--
include: ValueError: Path cannot be empty
require: ValueError: Path cannot be empty
