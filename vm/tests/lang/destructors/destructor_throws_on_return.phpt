--TEST--
A destructor of a returning function's local throws from the caller's call, through finally blocks
--FILE--
<?php
class T { function __destruct() { throw new Exception("from dtor"); } }
function f() { $x = new T; }
try { f(); } catch (Exception $e) { echo "caught 1: ", $e->getMessage(), "\n"; }
function g() { f(); echo "not reached in g\n"; }
try { g(); } catch (Exception $e) { echo "caught 2\n"; }
function h() { try { f(); } finally { echo "finally in h\n"; } }
try { h(); } catch (Exception $e) { echo "caught 3\n"; }
$r = (function () { $t = new T; return 5; });
try { echo $r(), "\n"; } catch (Exception $e) { echo "caught 4\n"; }
echo "end\n";
--EXPECT--
caught 1: from dtor
caught 2
finally in h
caught 3
caught 4
end
