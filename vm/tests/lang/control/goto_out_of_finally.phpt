--TEST--
goto: out of finally
--FILE--
<?php
try {
} finally {
    goto out;
}
out:
echo "x";
--EXPECTF--

Fatal error: jump out of a finally block is disallowed in %s on line 4
