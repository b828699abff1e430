--TEST--
*RECURSION* in var_dump and print_r for arrays through references and self-containing objects; shared objects are not recursion
--FILE--
<?php
$a = [1];
$a[] = &$a;
var_dump($a);
print_r($a); echo "\n";
$o = new stdClass;
$o->self = $o;
$o->list = [$o];
var_dump($o);
print_r($o); echo "\n";
try { var_export($o); } catch (Throwable $t) { echo get_class($t), "\n"; }
echo "\n";
$x = new stdClass; $y = new stdClass; $x->y = $y; $y->x = $x;
var_dump($x);
// the same object twice, not nested, is not recursion
$shared = new stdClass; $shared->v = 1;
$pair = [$shared, $shared];
var_dump($pair);
print_r($pair); echo "\n";
var_export($pair); echo "\n";
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  *RECURSION*
}
Array
(
    [0] => 1
    [1] => Array
 *RECURSION*
)

object(stdClass)#1 (2) {
  ["self"]=>
  *RECURSION*
  ["list"]=>
  array(1) {
    [0]=>
    *RECURSION*
  }
}
stdClass Object
(
    [self] => stdClass Object
 *RECURSION*
    [list] => Array
        (
            [0] => stdClass Object
 *RECURSION*
        )

)


Warning: var_export does not handle circular references in %s on line 11

Warning: var_export does not handle circular references in %s on line 11
(object) array(
   'self' => NULL,
   'list' => 
  array (
    0 => NULL,
  ),
)
object(stdClass)#2 (1) {
  ["y"]=>
  object(stdClass)#3 (1) {
    ["x"]=>
    *RECURSION*
  }
}
array(2) {
  [0]=>
  object(stdClass)#4 (1) {
    ["v"]=>
    int(1)
  }
  [1]=>
  object(stdClass)#4 (1) {
    ["v"]=>
    int(1)
  }
}
Array
(
    [0] => stdClass Object
        (
            [v] => 1
        )

    [1] => stdClass Object
        (
            [v] => 1
        )

)

array (
  0 => 
  (object) array(
     'v' => 1,
  ),
  1 => 
  (object) array(
     'v' => 1,
  ),
)
