--TEST--
generators: break out of foreach, resume by hand, and rewinding after the first yield
--FILE--
<?php
function nums() { for ($i = 1; $i <= 6; $i++) { echo "[produce $i]"; yield $i; } echo "[end]"; }
$g = nums();
foreach ($g as $v) {
    echo "first loop $v\n";
    if ($v == 2) break;
}
// the generator is still at 2; manual next moves on
echo "current after break: ", $g->current(), "\n";
$g->next();
echo "after next: ", $g->current(), "\n";
// a second foreach tries to rewind: that fails once the generator went past its first yield
try {
    foreach ($g as $v) echo "second loop $v\n";
} catch (Exception $e) {
    echo "\n", get_class($e), ": ", $e->getMessage(), "\n";
}
// continue by hand
while ($g->valid()) { echo "while ", $g->current(), "\n"; $g->next(); }
echo "\n";

// a generator still at its first yield may be iterated again
$h = nums();
foreach ($h as $v) { echo "h $v\n"; break; }
foreach ($h as $v) { echo "h again $v\n"; if ($v == 3) break; }
--EXPECTF--
[produce 1]first loop 1
[produce 2]first loop 2
current after break: 2
[produce 3]after next: 3

Exception: Cannot rewind a generator that was already run
while 3
[produce 4]while 4
[produce 5]while 5
[produce 6]while 6
[end]
[produce 1]h 1
h again 1
[produce 2]h again 2
[produce 3]h again 3
