--TEST--
while, do-while, for, break and continue with levels
--FILE--
<?php
$i = 0;
while ($i < 5) {
    $i++;
    if ($i == 2) { continue; }
    if ($i == 4) { break; }
    echo "while $i\n";
}
$j = 10;
do {
    echo "do $j\n";
    $j++;
} while ($j < 3);
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) {
    echo "for $a $b\n";
}
for ($x = 0; $x < 3; $x++) {
    for ($y = 0; $y < 3; $y++) {
        if ($y == 1) { continue 2; }
        if ($x == 2) { break 2; }
        echo "nested $x $y\n";
    }
}
for (;;) { echo "infinite for, broken\n"; break; }
$k = 0;
while (true):
    $k++;
    if ($k > 2) break;
endwhile;
echo "k=$k\n";
$sum = 0;
for ($i = 1; $i <= 100; $i++) $sum += $i;
echo "sum=$sum\n";
--EXPECT--
while 1
while 3
do 10
for 0 10
for 3 7
nested 0 0
nested 1 0
infinite for, broken
k=3
sum=5050
