--TEST--
strict_types: user functions
--FILE--
<?php
declare(strict_types=1);

function add(int $a, int $b): int { return $a + $b; }
function half(float $x): float { return $x / 2; }
function greet(string $s): string { return "hi $s"; }
function flag(bool $b): string { return $b ? 'yes' : 'no'; }
function maybe(?int $x): string { return var_export($x, true); }
function either(int|string $x): string { return gettype($x); }

echo add(1, 2), "\n";
echo half(3), "\n";           // int widens to float
echo maybe(null), "\n";
echo either("5"), " ", either(5), "\n";
foreach ([
    fn() => add("1", 2),
    fn() => add(1.0, 2),
    fn() => greet(5),
    fn() => flag(1),
    fn() => half("1.5"),
    fn() => either(1.5),
    fn() => maybe(false),
] as $i => $f) {
    try {
        $f();
        echo "$i: accepted\n";
    } catch (TypeError $e) {
        echo "$i: ", $e->getMessage(), "\n";
    }
}
function wrongReturn(): int { return "5"; }
try { wrongReturn(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function floatReturn(): float { return 5; }
var_dump(floatReturn());
class P { public int $n = 0; public float $f = 0.0; }
$p = new P;
$p->f = 3;
var_dump($p->f);
try { $p->n = "7"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
3
1.5
NULL
string integer
0: add(): Argument #1 ($a) must be of type int, string given, called in %s on line 16
1: add(): Argument #1 ($a) must be of type int, float given, called in %s on line 17
2: greet(): Argument #1 ($s) must be of type string, int given, called in %s on line 18
3: flag(): Argument #1 ($b) must be of type bool, int given, called in %s on line 19
4: half(): Argument #1 ($x) must be of type float, string given, called in %s on line 20
5: either(): Argument #1 ($x) must be of type string|int, float given, called in %s on line 21
6: maybe(): Argument #1 ($x) must be of type ?int, bool given, called in %s on line 22
wrongReturn(): Return value must be of type int, string returned
float(5)
float(3)
Cannot assign string to property P::$n of type int
