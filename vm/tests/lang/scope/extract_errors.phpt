--TEST--
extract() rejects bad flags and prefixes, and $this
--FILE--
<?php
function attempt(callable $f) {
    try {
        $f();
    } catch (\Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
attempt(fn() => extract(['a' => 1], 99));
attempt(fn() => extract(['a' => 1], EXTR_PREFIX_ALL));
attempt(fn() => extract(['a' => 1], EXTR_PREFIX_ALL, '1bad'));
attempt(fn() => extract('not an array'));
attempt(function () { extract(['this' => 1]); });
var_dump(extract(['this' => 1], EXTR_SKIP));
--EXPECT--
ValueError: extract(): Argument #2 ($flags) must be a valid extract type
ValueError: extract(): Argument #3 ($prefix) is required when using this extract type
ValueError: extract(): Argument #3 ($prefix) must be a valid identifier
TypeError: extract(): Argument #1 ($array) must be of type array, string given
Error: Cannot re-assign $this
int(0)
