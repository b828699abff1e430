--TEST--
Variable variables: reading and writing $$name and ${expr}
--FILE--
<?php
$name = 'greeting';
$greeting = 'hello';
echo $$name, "\n";
$$name = 'bye';
echo $greeting, "\n";
${'gree' . 'ting'} = 'built name';
echo $greeting, "\n";
echo ${'gree' . 'ting'}, "\n";
// A new variable, created by name.
$new = 'created';
$$new = 42;
var_dump($created);
// Chains of dollars.
$a = 'b';
$b = 'c';
$c = 'end';
echo $$$a, "\n";
$$$a = 'changed';
var_dump($c);
// The name is converted to a string.
$num = 5;
${$num} = 'five';
var_dump(${'5'});
$$name .= '!';
var_dump($greeting);
--EXPECT--
hello
bye
built name
built name
int(42)
end
string(7) "changed"
string(4) "five"
string(11) "built name!"
