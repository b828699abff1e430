--TEST--
Variables named by any string: digits, spaces, the empty string, non-strings
--FILE--
<?php
// Any string names a variable, even one no literal $name could spell.
${'1'} = 'one';
${'with space'} = 'spaced';
${''} = 'empty name';
var_dump(${'1'}, ${'with space'}, ${''});
function names() {
    ${'a-b'} = 1;
    ${'0'} = 0;
    return get_defined_vars();
}
var_dump(names());
$n = 1.5;
$$n = 'float name';
var_dump(${'1.5'});
$t = true;
$$t = 'true name';
var_dump(${'1'});
--EXPECT--
string(3) "one"
string(6) "spaced"
string(10) "empty name"
array(2) {
  ["a-b"]=>
  int(1)
  ["0"]=>
  int(0)
}
string(10) "float name"
string(9) "true name"
