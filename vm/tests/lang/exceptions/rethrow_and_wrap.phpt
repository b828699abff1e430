--TEST--
exceptions: rethrow keeps line and trace, wrapping, throw as an expression, throwing a non-object
--FILE--
<?php
function low() { throw new InvalidArgumentException('bad input', 3); }
function mid() {
    try { low(); }
    catch (InvalidArgumentException $e) {
        echo "mid saw it, rethrowing\n";
        throw $e;
    }
}
function high() {
    try { mid(); }
    catch (Exception $e) {
        throw new RuntimeException('high failed', 0, $e);
    }
}
try { high(); } catch (Exception $e) {
    // the rethrown exception keeps the line and trace from where it was created
    $prev = $e->getPrevious();
    echo get_class($e), " line ", $e->getLine(), "\n";
    echo get_class($prev), " line ", $prev->getLine(), " code ", $prev->getCode(), "\n";
    echo "trace of previous: ", implode(',', array_column($prev->getTrace(), 'function')), "\n";
}
// rethrowing from catch to an outer catch in the same function
try {
    try { throw new LogicException('inner'); }
    catch (LogicException $e) { echo "inner catch\n"; throw $e; }
    finally { echo "inner finally\n"; }
} catch (Exception $e) { echo "outer catch: ", $e->getMessage(), "\n"; }
// throw as an expression
$v = null;
try { $x = $v ?? throw new Exception('null value'); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$f = fn($a) => $a > 0 ? $a : throw new DomainException("not positive: $a");
try { echo $f(2), "\n", $f(-1); } catch (DomainException $e) { echo "\n", $e->getMessage(), "\n"; }
// throwing a non-object
try { throw null; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $s = 'x'; throw $s; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
mid saw it, rethrowing
RuntimeException line 13
InvalidArgumentException line 2 code 3
trace of previous: low,mid,high
inner catch
inner finally
outer catch: inner
null value
2

not positive: -1
Error: Can only throw objects
Can only throw objects
