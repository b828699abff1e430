--TEST--
var_export of objects: stdClass as (object) array, others through __set_state, recursion
--FILE--
<?php
class Point { public $x = 1; protected $y = 2.5; private $z = "three"; }
class Empty_ {}
var_export(new Point); echo "\n";
var_export(new Empty_); echo "\n";
$o = new stdClass;
var_export($o); echo "\n";
$o->a = 1;
$o->list = [1, [2]];
$o->inner = new stdClass;
$o->inner->b = "it's";
var_export($o); echo "\n";
var_export([new Point, "o" => $o]); echo "\n";
var_export([[new Empty_]]); echo "\n";
$s = new stdClass;
$s->self = $s;
var_export($s); echo "\n";
$arr = (object) ["k" => 1, 2 => "two"];
var_export($arr); echo "\n";
var_dump(var_export(new Point, true));
?>
--EXPECTF--
\Point::__set_state(array(
   'x' => 1,
   'y' => 2.5,
   'z' => 'three',
))
\Empty_::__set_state(array(
))
(object) array(
)
(object) array(
   'a' => 1,
   'list' => 
  array (
    0 => 1,
    1 => 
    array (
      0 => 2,
    ),
  ),
   'inner' => 
  (object) array(
     'b' => 'it\'s',
  ),
)
array (
  0 => 
  \Point::__set_state(array(
     'x' => 1,
     'y' => 2.5,
     'z' => 'three',
  )),
  'o' => 
  (object) array(
     'a' => 1,
     'list' => 
    array (
      0 => 1,
      1 => 
      array (
        0 => 2,
      ),
    ),
     'inner' => 
    (object) array(
       'b' => 'it\'s',
    ),
  ),
)
array (
  0 => 
  array (
    0 => 
    \Empty_::__set_state(array(
    )),
  ),
)

Warning: var_export does not handle circular references in %s on line 17
(object) array(
   'self' => NULL,
)
(object) array(
   'k' => 1,
   '2' => 'two',
)
string(76) "\Point::__set_state(array(
   'x' => 1,
   'y' => 2.5,
   'z' => 'three',
))"
