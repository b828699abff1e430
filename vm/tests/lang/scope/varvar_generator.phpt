--TEST--
A generator keeps the variables its body made by name across yields
--FILE--
<?php
function gen() {
    foreach (['one', 'two', 'three'] as $i => $name) {
        $$name = $i;
        yield $name => get_defined_vars();
    }
    yield 'all' => compact('one', 'two', 'three');
}
foreach (gen() as $k => $vars) {
    echo $k, ': ', implode(',', array_keys($vars)), "\n";
}
var_dump($vars);
--EXPECT--
one: name,i,one
two: name,i,one,two
three: name,i,one,two,three
all: one,two,three
array(3) {
  ["one"]=>
  int(0)
  ["two"]=>
  int(1)
  ["three"]=>
  int(2)
}
