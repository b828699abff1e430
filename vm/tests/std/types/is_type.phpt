--TEST--
the is_* type predicates, aliases included
--FILE--
<?php
$values = ['null' => null, 'true' => true, 'int' => 42, 'float' => 4.2, 'nan' => NAN, 'empty string' => "",
    'numeric string' => "42", 'array' => [1], 'empty array' => [], 'object' => new stdClass];
foreach ($values as $name => $v) {
    echo str_repeat(" ", 15 - strlen($name)), $name, ":",
        " int=", (int) is_int($v), (int) is_integer($v), (int) is_long($v),
        " float=", (int) is_float($v), (int) is_double($v),
        " string=", (int) is_string($v),
        " bool=", (int) is_bool($v),
        " array=", (int) is_array($v),
        " null=", (int) is_null($v),
        " object=", (int) is_object($v),
        " scalar=", (int) is_scalar($v),
        " iterable=", (int) is_iterable($v),
        " countable=", (int) is_countable($v),
        "\n";
}
var_dump(is_null($never_set));
try { is_int(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { is_array(1, 2); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { is_iterable(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
           null: int=000 float=00 string=0 bool=0 array=0 null=1 object=0 scalar=0 iterable=0 countable=0
           true: int=000 float=00 string=0 bool=1 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
            int: int=111 float=00 string=0 bool=0 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
          float: int=000 float=11 string=0 bool=0 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
            nan: int=000 float=11 string=0 bool=0 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
   empty string: int=000 float=00 string=1 bool=0 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
 numeric string: int=000 float=00 string=1 bool=0 array=0 null=0 object=0 scalar=1 iterable=0 countable=0
          array: int=000 float=00 string=0 bool=0 array=1 null=0 object=0 scalar=0 iterable=1 countable=1
    empty array: int=000 float=00 string=0 bool=0 array=1 null=0 object=0 scalar=0 iterable=1 countable=1
         object: int=000 float=00 string=0 bool=0 array=0 null=0 object=1 scalar=0 iterable=0 countable=0

Warning: Undefined variable $never_set in %s on line 18
bool(true)
is_int() expects exactly 1 argument, 0 given
is_array() expects exactly 1 argument, 2 given
is_iterable() expects exactly 1 argument, 0 given
