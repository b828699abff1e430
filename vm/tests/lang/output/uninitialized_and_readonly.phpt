--TEST--
uninitialized typed and readonly properties in var_dump, print_r and var_export; object casts; print_r of scalars
--FILE--
<?php
class T {
    public int $typed;
    public ?string $nullable = null;
    public readonly array $ro;
    protected float $f = 1.0;
    public function __construct() { }
}
$t = new T;
var_dump($t);
print_r($t); echo "\n";
var_export($t); echo "\n";
$t->typed = 5;
var_dump($t);
echo "--- stdClass and casts\n";
var_dump((object) ['a' => 1], (object) 'scalar');
var_export((object) []); echo "\n";
print_r([]); echo "\n";
print_r([[]]); echo "\n";
echo print_r(1.0, true), "|", print_r(null, true), "|", print_r(false, true), "|\n";
--EXPECTF--
object(T)#1 (2) {
  ["typed"]=>
  uninitialized(int)
  ["nullable"]=>
  NULL
  ["ro"]=>
  uninitialized(array)
  ["f":protected]=>
  float(1)
}
T Object
(
    [nullable] => 
    [f:protected] => 1
)

\T::__set_state(array(
   'nullable' => NULL,
   'f' => 1.0,
))
object(T)#1 (3) {
  ["typed"]=>
  int(5)
  ["nullable"]=>
  NULL
  ["ro"]=>
  uninitialized(array)
  ["f":protected]=>
  float(1)
}
--- stdClass and casts
object(stdClass)#2 (1) {
  ["a"]=>
  int(1)
}
object(stdClass)#3 (1) {
  ["scalar"]=>
  string(6) "scalar"
}
(object) array(
)
Array
(
)

Array
(
    [0] => Array
        (
        )

)

1|||
