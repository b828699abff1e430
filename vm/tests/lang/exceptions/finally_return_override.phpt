--TEST--
exceptions: return in finally overrides, nested finally order, exceptions thrown in finally chain the pending one
--FILE--
<?php
function f1() { try { return 'try'; } finally { return 'finally'; } }
function f2() { try { throw new Exception('lost'); } finally { return 'finally swallows'; } }
function f3() {
    try {
        try { return 'inner try'; } finally { echo "inner finally\n"; }
    } finally {
        echo "outer finally\n";
    }
}
function f4() {
    try {
        try { return 'inner'; } finally { return 'inner finally'; }
    } finally {
        return 'outer finally';
    }
}
function f5() {
    $x = 1;
    try { return $x; } finally { $x = 2; echo "x changed to $x\n"; }
}
function f6() {
    foreach ([1, 2, 3] as $i) {
        try { if ($i == 2) return "returned at $i"; } finally { echo "finally $i\n"; }
    }
}
function f7() {
    try { throw new Exception('first'); }
    finally {
        try { throw new Exception('second'); } catch (Exception $e) { echo "caught ", $e->getMessage(), " in finally\n"; }
    }
}
function f8() {
    try { throw new Exception('original'); } finally { throw new Exception('replacement'); }
}
foreach (['f1', 'f2', 'f3', 'f4', 'f5', 'f6'] as $f) var_dump($f());
try { f7(); } catch (Exception $e) { echo "f7 propagates ", $e->getMessage(), "\n"; }
try { f8(); } catch (Exception $e) {
    echo "f8: ", $e->getMessage(), ", previous: ", $e->getPrevious()?->getMessage(), "\n";
}
--EXPECTF--
string(7) "finally"
string(16) "finally swallows"
inner finally
outer finally
string(9) "inner try"
string(13) "outer finally"
x changed to 2
int(1)
finally 1
finally 2
string(13) "returned at 2"
caught second in finally
f7 propagates first
f8: replacement, previous: original
