--TEST--
var_dump of objects that contain themselves prints *RECURSION*
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
$o->list = [1, $o];
var_dump($o);
// The same object twice side by side is not recursion.
$p = new stdClass;
$p->n = 1;
var_dump([$p, $p]);
$q = new stdClass;
$q->child = new stdClass;
$q->child->parent = $q;
var_dump($q);
echo "done\n";
--EXPECT--
object(stdClass)#1 (2) {
  ["self"]=>
  *RECURSION*
  ["list"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    *RECURSION*
  }
}
array(2) {
  [0]=>
  object(stdClass)#2 (1) {
    ["n"]=>
    int(1)
  }
  [1]=>
  object(stdClass)#2 (1) {
    ["n"]=>
    int(1)
  }
}
object(stdClass)#3 (1) {
  ["child"]=>
  object(stdClass)#4 (1) {
    ["parent"]=>
    *RECURSION*
  }
}
done
