--TEST--
Reserved keywords as namespace segments and as namespaced function and class names
--FILE--
<?php
namespace App\List\Class;

function fn() { return __FUNCTION__; }
class Match {}

echo fn(), "\n";
echo get_class(new Match), "\n";
echo \App\List\Class\fn(), "\n";
--EXPECTF--

Parse error: syntax error, unexpected token "fn", expecting "(" in %s on line 4
