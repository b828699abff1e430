--TEST--
warnings: undefined variable, array key, property, array to string, non-numeric
--FILE--
<?php
echo $undefined;
echo "after\n";
$a = [1];
echo $a[5];
echo $a["nokey"];
echo "after keys\n";
$n = null;
echo $n[0];
$i = 5;
echo $i[0];
echo "5 apples" + 1, "\n";
echo [1, 2], "\n";
$o = new stdClass;
echo $o->missing;
echo $n->prop;
echo "done\n";
--EXPECTF--

Warning: Undefined variable $undefined in %s on line 2
after

Warning: Undefined array key 5 in %s on line 5

Warning: Undefined array key "nokey" in %s on line 6
after keys

Warning: Trying to access array offset on value of type null in %s on line 9

Warning: Trying to access array offset on value of type int in %s on line 11

Warning: A non-numeric value encountered in %s on line 12
6

Warning: Array to string conversion in %s on line 13
Array

Warning: Undefined property: stdClass::$missing in %s on line 15

Warning: Attempt to read property "prop" on null in %s on line 16
done
