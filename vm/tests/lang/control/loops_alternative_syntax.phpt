--TEST--
break/continue with levels, do-while, alternative syntax, comma expressions in for, destructuring foreach
--FILE--
<?php
for ($i = 0; $i < 3; $i++) {
    for ($j = 0; $j < 3; $j++) {
        if ($j == 1) continue 2;
        if ($i == 2) break 2;
        echo "$i$j ";
    }
}
echo "\n";
$i = 0;
do {
    echo $i;
} while (++$i < 3);
echo "\n";
$n = 5;
while ($n --> 0):
    if ($n % 2) continue;
    echo $n;
endwhile;
echo "\n";
for ($a = 0, $b = 10; $a < $b; $a += 3, $b -= 3) echo "$a-$b ";
echo "\n";
foreach (['x' => 1, 'y' => 2] as $k => $v):
    echo "$k=$v;";
endforeach;
echo "\n";
if (false): echo "no";
elseif (true): echo "elseif branch";
else: echo "else";
endif;
echo "\n";
switch (3):
    case 1: echo "one"; break;
    default: echo "default";
endswitch;
echo "\n";
$matrix = [[1, 2], [3, 4], [5, 6]];
foreach ($matrix as [$x, $y]) {
    foreach ([$x, $y] as $v) {
        if ($v == 4) continue 2;
        if ($v == 6) break 2;
        echo $v;
    }
}
echo "\n";
$total = 0;
for (;;) {
    if (++$total >= 4) break;
}
echo $total, "\n";
--EXPECTF--
00 10 
012
420
0-10 3-7 
x=1;y=2;
elseif branch
default
1235
4
