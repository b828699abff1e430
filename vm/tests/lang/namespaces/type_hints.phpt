--TEST--
Parameter and return types with namespaced class names, and their TypeError messages
--FILE--
<?php
namespace Geo;

class Point { public function __construct(public int $x = 0) {} }

function move(Point $p, int $by): Point { return new Point($p->x + $by); }
function maybe(?Point $p): ?Point { return $p; }
function either(Point|string $v): string { return is_string($v) ? $v : get_class($v); }

echo move(new Point(1), 2)->x, "\n";
var_dump(maybe(null));
echo either("s"), " ", either(new Point), "\n";
try {
    move("nope", 1);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}
try {
    either(1.5);
} catch (\TypeError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
3
NULL
s Geo\Point
Geo\move(): Argument #1 ($p) must be of type Geo\Point, string given, called in %s on line 14
