--TEST--
print_r and var_export of arrays holding references to themselves
--FILE--
<?php
$a = [1];
$a[1] = &$a;
print_r($a);
echo "\n";
var_export($a);
echo "\n";
$b = ['x' => 1];
$b['self'] = &$b;
print_r($b);
echo "\n";
$o = new stdClass;
$o->list = [1, 2];
$o->me = $o;
print_r($o);
echo "\n";
var_export([$o]);
echo "\n";
$same = [1, 2];
print_r([$same, $same]);
var_export([$same, $same]);
echo "\n";
?>
--EXPECTF--
Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)


Warning: var_export does not handle circular references in %s on line 6
array (
  0 => 1,
  1 => NULL,
)
Array
(
    [x] => 1
    [self] => Array
 *RECURSION*
)

stdClass Object
(
    [list] => Array
        (
            [0] => 1
            [1] => 2
        )

    [me] => stdClass Object
 *RECURSION*
)


Warning: var_export does not handle circular references in %s on line 17
array (
  0 => 
  (object) array(
     'list' => 
    array (
      0 => 1,
      1 => 2,
    ),
     'me' => NULL,
  ),
)
Array
(
    [0] => Array
        (
            [0] => 1
            [1] => 2
        )

    [1] => Array
        (
            [0] => 1
            [1] => 2
        )

)
array (
  0 => 
  array (
    0 => 1,
    1 => 2,
  ),
  1 => 
  array (
    0 => 1,
    1 => 2,
  ),
)
