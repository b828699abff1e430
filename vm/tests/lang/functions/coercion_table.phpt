--TEST--
functions: coercive mode table of int, float, string and bool parameters for scalars, null, arrays and objects
--FILE--
<?php
function i(int $x) { return $x; }
function f(float $x) { return $x; }
function s(string $x) { return $x; }
function b(bool $x) { return $x; }
class Str { public function __toString(): string { return "obj"; } }
$values = [1, 1.0, 1.5, "1", "1.5", "1e2", " 1", "1 ", "abc", "", true, false, null, [], new Str, new stdClass];
foreach (['i', 'f', 's', 'b'] as $fn) {
    echo "== $fn\n";
    foreach ($values as $v) {
        echo str_pad(var_export(is_object($v) ? get_class($v) : $v, true), 8), " -> ";
        try { var_dump($fn($v)); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    }
}
--EXPECTF--
== i
1        -> int(1)
1.0      -> int(1)
1.5      -> 
Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 2
int(1)
'1'      -> int(1)
'1.5'    -> 
Deprecated: Implicit conversion from float-string "1.5" to int loses precision in %s on line 2
int(1)
'1e2'    -> int(100)
' 1'     -> int(1)
'1 '     -> int(1)
'abc'    -> i(): Argument #1 ($x) must be of type int, string given, called in %s on line 12
''       -> i(): Argument #1 ($x) must be of type int, string given, called in %s on line 12
true     -> int(1)
false    -> int(0)
NULL     -> i(): Argument #1 ($x) must be of type int, null given, called in %s on line 12
array (
) -> i(): Argument #1 ($x) must be of type int, array given, called in %s on line 12
'Str'    -> i(): Argument #1 ($x) must be of type int, Str given, called in %s on line 12
'stdClass' -> i(): Argument #1 ($x) must be of type int, stdClass given, called in %s on line 12
== f
1        -> float(1)
1.0      -> float(1)
1.5      -> float(1.5)
'1'      -> float(1)
'1.5'    -> float(1.5)
'1e2'    -> float(100)
' 1'     -> float(1)
'1 '     -> float(1)
'abc'    -> f(): Argument #1 ($x) must be of type float, string given, called in %s on line 12
''       -> f(): Argument #1 ($x) must be of type float, string given, called in %s on line 12
true     -> float(1)
false    -> float(0)
NULL     -> f(): Argument #1 ($x) must be of type float, null given, called in %s on line 12
array (
) -> f(): Argument #1 ($x) must be of type float, array given, called in %s on line 12
'Str'    -> f(): Argument #1 ($x) must be of type float, Str given, called in %s on line 12
'stdClass' -> f(): Argument #1 ($x) must be of type float, stdClass given, called in %s on line 12
== s
1        -> string(1) "1"
1.0      -> string(1) "1"
1.5      -> string(3) "1.5"
'1'      -> string(1) "1"
'1.5'    -> string(3) "1.5"
'1e2'    -> string(3) "1e2"
' 1'     -> string(2) " 1"
'1 '     -> string(2) "1 "
'abc'    -> string(3) "abc"
''       -> string(0) ""
true     -> string(1) "1"
false    -> string(0) ""
NULL     -> s(): Argument #1 ($x) must be of type string, null given, called in %s on line 12
array (
) -> s(): Argument #1 ($x) must be of type string, array given, called in %s on line 12
'Str'    -> string(3) "obj"
'stdClass' -> s(): Argument #1 ($x) must be of type string, stdClass given, called in %s on line 12
== b
1        -> bool(true)
1.0      -> bool(true)
1.5      -> bool(true)
'1'      -> bool(true)
'1.5'    -> bool(true)
'1e2'    -> bool(true)
' 1'     -> bool(true)
'1 '     -> bool(true)
'abc'    -> bool(true)
''       -> bool(false)
true     -> bool(true)
false    -> bool(false)
NULL     -> b(): Argument #1 ($x) must be of type bool, null given, called in %s on line 12
array (
) -> b(): Argument #1 ($x) must be of type bool, array given, called in %s on line 12
'Str'    -> b(): Argument #1 ($x) must be of type bool, Str given, called in %s on line 12
'stdClass' -> b(): Argument #1 ($x) must be of type bool, stdClass given, called in %s on line 12
