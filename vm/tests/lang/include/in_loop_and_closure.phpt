--TEST--
include in a loop body and in closures shares those scopes
--FILE--
<?php
$total = 0;
$squares = [];
for ($i = 1; $i <= 3; $i++) {
    $squares[] = include __DIR__ . '/fixtures/loop_body.inc';
}
var_dump($total, $squares);
$dir = __DIR__ . '/fixtures';
$run = function ($i) use ($dir) {
    $total = 100;
    $square = include "$dir/loop_body.inc";
    return [$total, $square];
};
var_dump($run(4), $total);
$arrow = fn($i) => (include __DIR__ . '/fixtures/returns_value.inc')['sum'] + $i;
var_dump($arrow(10));
--EXPECT--
int(6)
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(4)
  [2]=>
  int(9)
}
array(2) {
  [0]=>
  int(104)
  [1]=>
  int(16)
}
int(6)
int(13)
