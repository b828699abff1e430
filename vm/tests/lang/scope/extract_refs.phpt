--TEST--
extract() with EXTR_REFS makes the variables references to the array's elements
--FILE--
<?php
function refs() {
    $data = ['a' => 1, 'b' => [2]];
    var_dump(extract($data, EXTR_REFS));
    $a = 10;
    $b[] = 3;
    var_dump($data);
    // With a prefix too.
    $more = ['c' => 'see'];
    extract($more, EXTR_PREFIX_ALL | EXTR_REFS, 'p');
    $p_c = 'changed';
    var_dump($more);
    // A value that is no variable: nothing to share.
    var_dump(extract(['d' => 4], EXTR_REFS), $d);
}
refs();
// Without EXTR_REFS the variables are copies.
$src = ['e' => 5];
extract($src);
$e = 50;
var_dump($src);
--EXPECT--
int(2)
array(2) {
  ["a"]=>
  &int(10)
  ["b"]=>
  &array(2) {
    [0]=>
    int(2)
    [1]=>
    int(3)
  }
}
array(1) {
  ["c"]=>
  &string(7) "changed"
}
int(1)
int(4)
array(1) {
  ["e"]=>
  int(5)
}
