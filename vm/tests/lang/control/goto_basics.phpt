--TEST--
goto: basics
--FILE--
<?php
// A loop made of labels, a forward jump over code, and jumps out of loops.
$i = 0;
again:
$i++;
echo "pass $i\n";
if ($i < 3) goto again;

goto skip;
echo "never printed\n";
skip:
echo "after skip\n";

for ($a = 0; $a < 10; $a++) {
    foreach ([1, 2, 3] as $b) {
        if ($a * $b == 4) {
            goto found;
        }
    }
}
echo "not found\n";
found:
echo "found a=$a b=$b\n";

function retry(int $times): string {
    $n = 0;
    attempt:
    $n++;
    if ($n < $times) {
        echo "  attempt $n failed\n";
        goto attempt;
    }
    return "succeeded after $n";
}
echo retry(3), "\n";

switch (2) {
    case 2:
        goto out_of_switch;
}
echo "not here\n";
out_of_switch:
echo "left the switch\n";

while (true) {
    while (true) {
        goto end;
    }
}
end:
echo "end\n";
--EXPECTF--
pass 1
pass 2
pass 3
after skip
found a=2 b=2
  attempt 1 failed
  attempt 2 failed
succeeded after 3
left the switch
end
