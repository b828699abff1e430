--TEST--
get_defined_vars() in functions, closures and methods, in php's order
--FILE--
<?php
function vars($param, $unused = 'default') {
    $local = 1;
    $late;
    $name = 'dynamic';
    $$name = 'by name';
    $declared_later = 2;
    return get_defined_vars();
}
var_dump(vars('p'));
function empty_scope() {
    return get_defined_vars();
}
var_dump(empty_scope());
$outer = 'outer';
$f = function ($arg) use ($outer) {
    $inner = 3;
    return get_defined_vars();
};
var_dump($f('a'));
class C {
    public function m() {
        $v = 1;
        return get_defined_vars();
    }
}
var_dump((new C)->m());
function with_ref() {
    $a = 1;
    $b = &$a;
    $c = 2;
    return get_defined_vars();
}
var_dump(with_ref());
--EXPECT--
array(6) {
  ["param"]=>
  string(1) "p"
  ["unused"]=>
  string(7) "default"
  ["local"]=>
  int(1)
  ["name"]=>
  string(7) "dynamic"
  ["declared_later"]=>
  int(2)
  ["dynamic"]=>
  string(7) "by name"
}
array(0) {
}
array(3) {
  ["arg"]=>
  string(1) "a"
  ["outer"]=>
  string(5) "outer"
  ["inner"]=>
  int(3)
}
array(1) {
  ["v"]=>
  int(1)
}
array(3) {
  ["a"]=>
  &int(1)
  ["b"]=>
  &int(1)
  ["c"]=>
  int(2)
}
