--TEST--
strict_types: internal functions
--FILE--
<?php
declare(strict_types=1);

var_dump(strlen("abc"), round(5), abs(-3), str_repeat("ab", 2));
foreach ([
    fn() => strlen(123),
    fn() => str_repeat("x", "3"),
    fn() => strtoupper(null),
    fn() => abs("5"),
    fn() => round("1.5"),
    fn() => substr("abc", 1.0),
] as $i => $f) {
    try {
        var_dump($f());
    } catch (TypeError $e) {
        echo "$i: ", $e->getMessage(), "\n";
    }
}
// Callbacks are called by the engine, not by this file: coercive.
var_dump(array_map(fn(int $x) => $x * 2, ["1", "2"]));
var_dump(array_sum([1, "2"]));
--EXPECTF--
int(3)
float(5)
int(3)
string(4) "abab"
0: strlen(): Argument #1 ($string) must be of type string, int given
1: str_repeat(): Argument #2 ($times) must be of type int, string given
2: strtoupper(): Argument #1 ($string) must be of type string, null given
3: abs(): Argument #1 ($num) must be of type int|float, string given
4: round(): Argument #1 ($num) must be of type int|float, string given
5: substr(): Argument #2 ($offset) must be of type int, float given
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(4)
}
int(3)
