--TEST--
Variable variables bind by reference, as by-reference arguments and as foreach and list() targets
--FILE--
<?php
$target = 1;
$name = 'alias';
$$name = &$target;
$alias = 2;
var_dump($target);
$source = 'orig';
$orig = 'original';
$ref = &$$source;
$ref = 'through ref';
var_dump($orig);
function add_one(&$x) { $x++; }
$counter = 'n';
$n = 10;
add_one($$counter);
var_dump($n);
$arrname = 'arr';
$arr = [1, 2];
add_one($$arrname[1]);
var_dump($arr);
// foreach and list() assign into variables named at run time.
foreach (['a' => 1, 'b' => 2] as $k => $v) {
    $$k = $v * 10;
}
var_dump($a, $b);
$x = 'first';
$y = 'second';
[$$x, $$y] = ['one', 'two'];
var_dump($first, $second);
// A reference to an element.
$elems = [5, 6];
$e = 'elem';
$$e = &$elems[0];
$elem = 50;
var_dump($elems);
--EXPECT--
int(2)
string(11) "through ref"
int(11)
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
int(10)
int(20)
string(3) "one"
string(3) "two"
array(2) {
  [0]=>
  &int(50)
  [1]=>
  int(6)
}
