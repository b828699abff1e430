--TEST--
foreach over a variable variable by reference, and into variable variable keys and values
--FILE--
<?php
$name = 'list';
$list = [1, 2, 3];
foreach ($$name as &$v) {
    $v *= 10;
}
unset($v);
var_dump($list);
foreach (['first' => 'a', 'second' => 'b'] as $$name => $value) {
    echo $list, ' => ', $value, "\n";
}
$k = 'key';
$w = 'val';
foreach ([7 => 'seven'] as $$k => $$w) {
}
var_dump($key, $val);
function in_function() {
    $GLOBALS['numbers'] = [1, 2];
    foreach ($GLOBALS['numbers'] as &$n) {
        $n++;
    }
}
in_function();
var_dump($numbers);
--EXPECT--
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
}
first => a
second => b
int(7)
string(5) "seven"
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
