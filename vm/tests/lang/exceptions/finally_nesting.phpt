--TEST--
nested finally, return from finally, finally with break/continue, rethrow, chains
--FILE--
<?php
function f1() {
    try {
        try {
            return "inner try";
        } finally {
            echo "inner finally\n";
        }
    } finally {
        echo "outer finally\n";
    }
}
echo f1(), "\n";
function f2() {
    try {
        throw new Exception("lost");
    } finally {
        return "finally return wins";
    }
}
echo f2(), "\n";
function f3() {
    foreach ([1, 2, 3] as $i) {
        try {
            if ($i == 1) continue;
            if ($i == 3) break;
            echo "body $i\n";
        } finally {
            echo "finally $i\n";
        }
    }
    return "after loop";
}
echo f3(), "\n";
function f4() {
    try {
        try {
            throw new RuntimeException("first");
        } catch (RuntimeException $e) {
            throw new LogicException("second", 2, $e);
        } finally {
            echo "cleanup\n";
        }
    } catch (LogicException $e) {
        echo get_class($e), ": ", $e->getMessage(), " <- ", get_class($e->getPrevious()), ": ", $e->getPrevious()->getMessage(), "\n";
    }
}
f4();
function f5($x) {
    try {
        if ($x) throw new InvalidArgumentException("bad $x");
        return "ok";
    } catch (InvalidArgumentException $e) {
        return "caught " . $e->getMessage();
    } finally {
        echo "[f5 finally]\n";
    }
}
echo f5(0), " ", f5(1), "\n";
function rethrow() {
    try {
        throw new DomainException("deep");
    } catch (Exception $e) {
        echo "logging ", $e->getMessage(), "\n";
        throw $e;
    }
}
try { rethrow(); } catch (DomainException $e) { echo "rethrown line ", $e->getLine(), "\n"; }
$count = 0;
while (true) {
    try {
        $count++;
        if ($count < 3) continue;
        break;
    } finally {
        echo "loop finally $count\n";
    }
}
--EXPECTF--
inner finally
outer finally
inner try
finally return wins
finally 1
body 2
finally 2
finally 3
after loop
cleanup
LogicException: second <- RuntimeException: first
[f5 finally]
ok [f5 finally]
caught bad 1
logging deep
rethrown line 62
loop finally 1
loop finally 2
loop finally 3
