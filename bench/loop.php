<?php
// Tight loop: integer arithmetic, a compare-and-branch per iteration.
$sum = 0;
for ($i = 0; $i < 20000000; $i++) {
    $sum += $i % 7;
}
echo $sum, "\n";
