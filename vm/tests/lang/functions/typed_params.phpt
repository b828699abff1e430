--TEST--
typed parameters and return types, with coercion
--FILE--
<?php
function add(int $a, int $b): int { return $a + $b; }
function half(float $x): float { return $x / 2; }
function greet(string $name, ?string $title = null): string {
    return $title === null ? "Hello $name" : "Hello $title $name";
}
function flag(bool $b): string { return $b ? "on" : "off"; }
function nothing(): void { echo "void\n"; }
function anything(mixed $m) { return $m; }
function arr(array $a): int { return count($a); }
function maybe(?int $i): ?int { return $i; }
function obj(object $o): string { return get_class($o); }
var_dump(add(2, 3), add("4", 5), half(3), half("1.5"), greet("Ann"), greet("Bob", "Dr"));
var_dump(flag(1), flag(""), nothing(), anything([1]), arr([1, 2, 3]), maybe(null), maybe(4));
var_dump(obj(new stdClass), add(1.0, 2), greet(42));
--EXPECT--
int(5)
int(9)
float(1.5)
float(0.75)
string(9) "Hello Ann"
string(12) "Hello Dr Bob"
void
string(2) "on"
string(3) "off"
NULL
array(1) {
  [0]=>
  int(1)
}
int(3)
NULL
int(4)
string(8) "stdClass"
int(3)
string(8) "Hello 42"
