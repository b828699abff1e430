--TEST--
Counting loops with short and long variable names
--FILE--
<?php
function count_up($limit) {
    $total = 0;
    for ($i = 0; $i < $limit; $i++) {
        $total++;
    }
    $a_rather_long_variable_name_for_the_counter = 0;
    for ($another_long_loop_index = 0; $another_long_loop_index < $limit; ++$another_long_loop_index) {
        $a_rather_long_variable_name_for_the_counter += 2;
    }
    return [$total, $a_rather_long_variable_name_for_the_counter];
}
var_dump(count_up(25000));
$n = 0;
$i = 10;
while ($i-- > 0) { $n += $i; }
do { $n--; } while ($n > 40);
var_dump($n, $i);
?>
--EXPECT--
array(2) {
  [0]=>
  int(25000)
  [1]=>
  int(50000)
}
int(40)
int(-1)
