--TEST--
generators: finally blocks on completion, break, return, exceptions, yield inside finally and release
--FILE--
<?php
function withFinally($n) {
    try {
        for ($i = 0; $i < $n; $i++) yield $i;
        echo "loop done\n";
    } finally {
        echo "finally of $n\n";
    }
}
foreach (withFinally(2) as $v) echo "v=$v\n";
echo "-- break and release\n";
foreach (withFinally(5) as $v) { echo "v=$v\n"; if ($v == 1) break; }
echo "after loop\n";

echo "-- return inside try\n";
function retTry() { try { yield 1; return 'early'; } finally { echo "cleanup\n"; } }
$g = retTry();
foreach ($g as $v) echo "v=$v\n";
var_dump($g->getReturn());

echo "-- yield inside finally\n";
function yieldInFinally() { try { yield 'try'; } finally { yield 'finally'; } }
foreach (yieldInFinally() as $v) echo "$v\n";

echo "-- exception passes through finally\n";
function throwing() { try { yield 1; throw new Exception('x'); } finally { echo "finally runs\n"; } }
try { foreach (throwing() as $v) echo "v=$v\n"; } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }

echo "-- unset of a suspended generator\n";
$h = withFinally(3);
$h->current();
unset($h);
echo "end\n";
--EXPECTF--
v=0
v=1
loop done
finally of 2
-- break and release
v=0
v=1
finally of 5
after loop
-- return inside try
v=1
cleanup
string(5) "early"
-- yield inside finally
try
finally
-- exception passes through finally
v=1
finally runs
caught x
-- unset of a suspended generator
finally of 3
end
