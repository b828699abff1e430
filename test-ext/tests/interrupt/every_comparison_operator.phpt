--TEST--
Every comparison operator on comparables raises and services interrupts, in conditions and as values
--EXTENSIONS--
zend_test
--INI--
zend_test.interrupt_action=count
--FILE--
<?php
$one = new VmInterruptComparable(1);
$two = new VmInterruptComparable(2);
$other_one = new VmInterruptComparable(1);

function show(string $what, bool $taken) {
    echo $what, ": ", $taken ? "yes" : "no", "\n";
}

// As branch conditions: both outcomes of each operator.
if ($one < $two) { show("1 < 2", true); } else { show("1 < 2", false); }
if ($two < $one) { show("2 < 1", true); } else { show("2 < 1", false); }
if ($one <= $other_one) { show("1 <= 1", true); } else { show("1 <= 1", false); }
if ($two <= $one) { show("2 <= 1", true); } else { show("2 <= 1", false); }
if ($two > $one) { show("2 > 1", true); } else { show("2 > 1", false); }
if ($one > $two) { show("1 > 2", true); } else { show("1 > 2", false); }
if ($one >= $other_one) { show("1 >= 1", true); } else { show("1 >= 1", false); }
if ($one >= $two) { show("1 >= 2", true); } else { show("1 >= 2", false); }
if ($one == $other_one) { show("1 == 1", true); } else { show("1 == 1", false); }
if ($one == $two) { show("1 == 2", true); } else { show("1 == 2", false); }
if ($one != $two) { show("1 != 2", true); } else { show("1 != 2", false); }
if ($one != $other_one) { show("1 != 1", true); } else { show("1 != 1", false); }
if (!($one < $two)) { show("!(1 < 2)", true); } else { show("!(1 < 2)", false); }

// As values.
var_dump($one <=> $two, $two <=> $one, $one <=> $other_one);
var_dump($one < $two, $one == $two, $two >= $one);

// In ternaries and while conditions.
echo $one < $two ? "ternary yes\n" : "ternary no\n";
echo $one > $two ? "ternary yes\n" : "ternary no\n";
$n = 0;
$limit = new VmInterruptComparable(5);
while (new VmInterruptComparable($n) < $limit) {
    $n++;
}
echo "while ran $n times\n";
do {
    $n--;
} while (new VmInterruptComparable($n) > $one);
echo "do-while stopped at $n\n";

var_dump(zend_test_interrupt_count() > 0);
?>
--EXPECT--
1 < 2: yes
2 < 1: no
1 <= 1: yes
2 <= 1: no
2 > 1: yes
1 > 2: no
1 >= 1: yes
1 >= 2: no
1 == 1: yes
1 == 2: no
1 != 2: yes
1 != 1: no
!(1 < 2): no
int(-1)
int(1)
int(0)
bool(true)
bool(false)
bool(true)
ternary yes
ternary no
while ran 5 times
do-while stopped at 1
bool(true)
