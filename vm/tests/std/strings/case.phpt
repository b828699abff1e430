--TEST--
strtoupper, strtolower, ucfirst, lcfirst and ucwords (ASCII only, custom separators)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(strtoupper("Hello World 123 \xe9\xc9"), strtolower("HeLLo WORLD \xc9"), strtoupper(""), strtolower(1.5E+30), strtoupper(true));
var_dump(ucfirst("hello"), ucfirst("Hello"), ucfirst(""), ucfirst("1abc"), ucfirst(" abc"), ucfirst("\xe9t\xe9"));
var_dump(lcfirst("Hello"), lcfirst("HELLO"), lcfirst(""), lcfirst("_A"));
var_dump(ucwords("hello world-foo bar_baz"), ucwords("hello\tworld\nnew\rline\x0bv\x0cf"), ucwords(""), ucwords("  lead  spaces "));
var_dump(ucwords("hello world-foo bar_baz", "-"), ucwords("hello|world-foo", "|-"), ucwords("a.b.c", "."), ucwords("abc", ""), ucwords("hello world", "a..z"));
var_dump(ucwords("x-y", "..-"));
try { strtoupper([]); } catch (TypeError $ex) { e($ex); }
try { ucwords(); } catch (ArgumentCountError $ex) { e($ex); }
try { lcfirst("a", "b"); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(strtolower(null));
var_dump(ucwords("", "..x"), ucwords("a b", "..x"));
--EXPECTF--
string(18) "HELLO WORLD 123 éÉ"
string(13) "hello world É"
string(0) ""
string(7) "1.5e+30"
string(1) "1"
string(5) "Hello"
string(5) "Hello"
string(0) ""
string(4) "1abc"
string(4) " abc"
string(3) "été"
string(5) "hello"
string(5) "hELLO"
string(0) ""
string(2) "_A"
string(23) "Hello World-foo Bar_baz"
string(24) "Hello	World
NewLineVF"
string(0) ""
string(15) "  Lead  Spaces "
string(23) "Hello world-Foo bar_baz"
string(15) "Hello|World-Foo"
string(5) "A.B.C"
string(3) "Abc"
string(11) "HeLlO wOrLd"

Warning: ucwords(): Invalid '..'-range, no character to the left of '..' in %s on line 8
string(3) "X-Y"
TypeError: strtoupper(): Argument #1 ($string) must be of type string, array given
ArgumentCountError: ucwords() expects at least 1 argument, 0 given
ArgumentCountError: lcfirst() expects exactly 1 argument, 2 given

Deprecated: strtolower(): Passing null to parameter #1 ($string) of type string is deprecated in %s on line 12
string(0) ""

Warning: ucwords(): Invalid '..'-range, no character to the left of '..' in %s on line 13
string(0) ""
string(3) "A b"
