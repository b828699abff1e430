--TEST--
A variable variable inside {} in a double-quoted string
--FILE--
<?php
$name = 'who';
$who = 'world';
echo "hello {$$name}\n";
$list = ['k' => 'v'];
$l = 'list';
echo "value {$$l['k']}\n";
--EXPECT--
hello world
value v
