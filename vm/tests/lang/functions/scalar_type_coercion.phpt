--TEST--
coercive typing of scalar, nullable and union parameters and return values, with TypeErrors and deprecations
--FILE--
<?php
function asInt(int $x) { return $x; }
function asFloat(float $x) { return $x; }
function asString(string $x) { return $x; }
function asBool(bool $x) { return $x; }
function nullable(?int $x) { return $x; }
function union(int|string $x) { return $x; }
function unionFloat(int|float $x) { return $x; }
function withDefault(?array $x = null) { return $x ?? "default"; }
$tests = [
    ['asInt', "42"], ['asInt', 4.0], ['asInt', true], ['asInt', "4.5"], ['asInt', 4.5], ['asInt', "abc"], ['asInt', null], ['asInt', []],
    ['asFloat', 3], ['asFloat', "2.5"], ['asFloat', "1e3"], ['asFloat', "x"],
    ['asString', 12], ['asString', 1.5], ['asString', false], ['asString', []],
    ['asBool', 0], ['asBool', "0"], ['asBool', "a"], ['asBool', 2.3], ['asBool', null],
    ['nullable', null], ['nullable', "7"],
    ['union', 1.0], ['union', true], ['union', "s"],
    ['unionFloat', "5"], ['unionFloat', "5.5"], ['unionFloat', "x"],
    ['withDefault', null],
];
foreach ($tests as [$f, $arg]) {
    try {
        $r = $f($arg);
        echo "$f: "; var_dump($r);
    } catch (TypeError $e) {
        echo "$f: ", preg_replace_stub($e->getMessage()), "\n";
    }
}
function preg_replace_stub($m) { $p = strpos($m, ", called in"); return $p === false ? $m : substr($m, 0, $p); }
function ret(): int { return "12"; }
function retBad(): int { return "twelve"; }
function retVoid(): void { return; }
function retNullable(): ?string { return null; }
var_dump(ret(), retVoid(), retNullable());
try { retBad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
asInt: int(42)
asInt: int(4)
asInt: int(1)

Deprecated: Implicit conversion from float-string "4.5" to int loses precision in %s on line 2
asInt: int(4)

Deprecated: Implicit conversion from float 4.5 to int loses precision in %s on line 2
asInt: int(4)
asInt: asInt(): Argument #1 ($x) must be of type int, string given
asInt: asInt(): Argument #1 ($x) must be of type int, null given
asInt: asInt(): Argument #1 ($x) must be of type int, array given
asFloat: float(3)
asFloat: float(2.5)
asFloat: float(1000)
asFloat: asFloat(): Argument #1 ($x) must be of type float, string given
asString: string(2) "12"
asString: string(3) "1.5"
asString: string(0) ""
asString: asString(): Argument #1 ($x) must be of type string, array given
asBool: bool(false)
asBool: bool(false)
asBool: bool(true)
asBool: bool(true)
asBool: asBool(): Argument #1 ($x) must be of type bool, null given
nullable: NULL
nullable: int(7)
union: int(1)
union: int(1)
union: string(1) "s"
unionFloat: int(5)
unionFloat: float(5.5)
unionFloat: unionFloat(): Argument #1 ($x) must be of type int|float, string given
withDefault: string(7) "default"
int(12)
NULL
NULL
retBad(): Return value must be of type int, string returned
