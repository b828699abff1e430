--TEST--
Variable variables are local to the function, closure or method
--FILE--
<?php
$shared = 'global value';
function local_only() {
    $name = 'shared';
    var_dump(isset($$name));
    $$name = 'local value';
    var_dump($shared);
    $extra = 'only_by_name';
    $$extra = 1;
    $$extra += 1;
    var_dump(${'only_by_name'});
    var_dump(get_defined_vars());
}
local_only();
var_dump($shared, isset($only_by_name));
// Every call starts with no dynamic variables.
function counter() {
    $n = 'hits';
    $$n = ($$n ?? 0) + 1;
    return $$n;
}
var_dump(counter(), counter());
// In a closure and in a method.
$f = function ($key) {
    $$key = "closure $key";
    return get_defined_vars();
};
var_dump($f('k'));
class Box {
    public function set($name, $v) {
        $$name = $v;
        return compact($name);
    }
}
var_dump((new Box)->set('inside', [1, 2]));
--EXPECT--
bool(false)
string(11) "local value"
int(2)
array(4) {
  ["name"]=>
  string(6) "shared"
  ["shared"]=>
  string(11) "local value"
  ["extra"]=>
  string(12) "only_by_name"
  ["only_by_name"]=>
  int(2)
}
string(12) "global value"
bool(false)
int(1)
int(1)
array(2) {
  ["key"]=>
  string(1) "k"
  ["k"]=>
  string(9) "closure k"
}
array(1) {
  ["inside"]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}
