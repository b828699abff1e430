--TEST--
destructuring non-arrays, missing and converted keys, and a source that is also a target
--FILE--
<?php
// Non-arrays give null without a warning; missing keys warn.
[$a, $b] = 42;
var_dump($a, $b);
['x' => $x] = ['y' => 1];
var_dump($x);
[$s] = "string";
var_dump($s);
// keys are converted as array keys are
[1 => $one, '2' => $two, true => $t] = [1 => 'one', 2 => 'two'];
var_dump($one, $two, $t);
// an undefined source warns once and gives nulls
[$u1, $u2] = $undefined;
var_dump($u1, $u2);
// illegal keys
try {
    [[] => $bad] = [1];
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
// the source is read before any target is written
$arr = [1, 2];
[$arr, $second] = $arr;
var_dump($arr, $second);
--EXPECTF--
NULL
NULL

Warning: Undefined array key "x" in %s on line 5
NULL
NULL
string(3) "one"
string(3) "two"
string(3) "one"

Warning: Undefined variable $undefined in %s on line 13
NULL
NULL
TypeError: Illegal offset type
int(1)
int(2)
