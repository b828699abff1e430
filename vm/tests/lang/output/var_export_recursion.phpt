--TEST--
var_export warns on circular objects and arrays and prints NULL there
--FILE--
<?php
$o = new stdClass;
$o->self = $o;
var_export($o);
echo "\nafter\n";
$a = ['k' => 1];
$a['me'] = &$a;
var_export($a);
echo "\nend\n";
--EXPECTF--

Warning: var_export does not handle circular references in %s on line 4
(object) array(
   'self' => NULL,
)
after

Warning: var_export does not handle circular references in %s on line 8
array (
  'k' => 1,
  'me' => NULL,
)
end
