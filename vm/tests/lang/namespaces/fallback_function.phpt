--TEST--
Unqualified function calls fall back to the global function; a namespaced one shadows it
--FILE--
<?php
namespace App;

// Unqualified calls fall back to the global function at run time.
echo strlen("hello"), "\n";
echo strtoupper("abc"), "\n";
echo \strrev("abc"), "\n";

// A namespaced function of the same name shadows the global one.
function str_repeat($s, $n) { return "mine($s, $n)"; }
echo str_repeat("x", 3), "\n";
echo \str_repeat("x", 3), "\n";

// Functions are case-insensitive, namespaces too.
function Greet() { return "hi"; }
echo greet(), " ", GREET(), " ", \app\greet(), " ", \APP\Greet(), "\n";
--EXPECT--
5
ABC
cba
mine(x, 3)
xxx
hi hi hi hi
