--TEST--
Variable variables reach static variables; closures and arrow functions have their own scope
--FILE--
<?php
function with_static() {
    static $calls = 0;
    $name = 'calls';
    $$name++;
    return $calls;
}
var_dump(with_static(), with_static());
function closure_use() {
    $value = 'captured';
    $name = 'value';
    $f = function () use ($value) {
        $n = 'value';
        return $$n;
    };
    $$name = 'changed after';
    return [$f(), $value];
}
var_dump(closure_use());
$g = 'global one';
$arrow = fn($n) => $$n ?? 'arrow functions see no outer variables by name';
var_dump($arrow('g'));
--EXPECT--
int(1)
int(2)
array(2) {
  [0]=>
  string(8) "captured"
  [1]=>
  string(13) "changed after"
}
string(46) "arrow functions see no outer variables by name"
