--TEST--
functions: union and nullable parameter and return types: coercion preference and php's type text in TypeErrors
--FILE--
<?php
function u1(int|float $x) { var_dump($x); }
function u2(int|string $x) { var_dump($x); }
function u3(float|bool $x) { var_dump($x); }
function u4(string|bool $x) { var_dump($x); }
function n1(?string $x = null) { var_dump($x); }
function n2(int|null $x) { var_dump($x); }
u1("42"); u1("4.5"); u1(true); u1("1e3");
u2(4.0); u2(4.5); u2(true);
u3(5); u3("x"); u3("2.5");
u4(5); u4(2.5);
n1(); n1(null); n1(5);
n2(null); n2("7");
foreach ([fn() => u1("abc"), fn() => u2([]), fn() => n2("x"), fn() => n1([]), fn() => u1(null)] as $f) {
    try { $f(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
}
function ret(): int|string { return 3.0; }
var_dump(ret());
function retn(): ?int { return null; }
var_dump(retn());
function retBad(): ?array { return "x"; }
try { retBad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
int(42)
float(4.5)
int(1)
float(1000)
int(4)

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line 3
int(4)
int(1)
float(5)
bool(true)
float(2.5)
string(1) "5"
string(3) "2.5"
NULL
NULL
string(1) "5"
NULL
int(7)
u1(): Argument #1 ($x) must be of type int|float, string given, called in %s on line 14
u2(): Argument #1 ($x) must be of type string|int, array given, called in %s on line 14
n2(): Argument #1 ($x) must be of type ?int, string given, called in %s on line 14
n1(): Argument #1 ($x) must be of type ?string, array given, called in %s on line 14
u1(): Argument #1 ($x) must be of type int|float, null given, called in %s on line 14
int(3)
NULL
retBad(): Return value must be of type ?array, string returned
