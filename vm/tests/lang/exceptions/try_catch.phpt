--TEST--
try, catch by class and parent class, multi-catch, finally with return and continue
--FILE--
<?php
function risky($n) {
    if ($n > 1) {
        throw new Exception("too big: $n", 42);
    }
    return "ok $n";
}
foreach ([1, 2] as $n) {
    try {
        echo risky($n), "\n";
    } catch (Exception $e) {
        echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " line ", $e->getLine(), "\n";
    } finally {
        echo "finally $n\n";
    }
}
class MyException extends Exception {}
class Other extends MyException {}
try {
    throw new Other("derived");
} catch (InvalidArgumentException $e) {
    echo "wrong\n";
} catch (MyException $e) {
    echo "caught by parent class: ", get_class($e), "\n";
}
try {
    try {
        throw new Exception("inner");
    } finally {
        echo "inner finally\n";
    }
} catch (Exception $e) {
    echo "outer caught ", $e->getMessage(), "\n";
}
try {
    throw new Exception("multi");
} catch (TypeError | Exception $e) {
    echo "multi-catch\n";
}
try {
    throw new Exception("no variable");
} catch (Exception) {
    echo "caught without variable\n";
}
function with_finally() {
    try {
        return "from try";
    } finally {
        echo "finally before return\n";
    }
}
echo with_finally(), "\n";
function finally_overrides() {
    try {
        throw new Exception("lost");
    } finally {
        return "finally wins";
    }
}
echo finally_overrides(), "\n";
for ($i = 0; $i < 3; $i++) {
    try {
        if ($i == 1) continue;
        echo "body $i\n";
    } finally {
        echo "cleanup $i\n";
    }
}
$e = new Exception();
var_dump($e->getMessage(), $e->getPrevious());
try { throw new Error("an error"); } catch (Exception $e) { echo "not here\n"; } catch (Error $e) { echo "Error caught\n"; }
--EXPECT--
ok 1
finally 1
Exception too big: 2 42 line 4
finally 2
caught by parent class: Other
inner finally
outer caught inner
multi-catch
caught without variable
finally before return
from try
finally wins
body 0
cleanup 0
cleanup 1
body 2
cleanup 2
string(0) ""
NULL
Error caught
