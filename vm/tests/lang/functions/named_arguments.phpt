--TEST--
named arguments: skipping defaults, mixing with positional, constructors, static calls, closures, php's errors
--FILE--
<?php
function make($name, $size = "M", $color = "red", ...$extra) { return "$name/$size/$color/" . count($extra); }
function point(int $x = 0, int $y = 0, int $z = 0) { return "($x,$y,$z)"; }
echo point(y: 5), " ", point(1, z: 3), " ", point(z: 1, x: 2, y: 3), "\n";
echo make("shirt", color: "blue"), "\n";
class Box {
    public function __construct(public int $w = 1, public int $h = 1) {}
    public function area(int $scale = 1, bool $round = false) { return $this->w * $this->h * $scale; }
    public static function square(int $side) { return new static(h: $side, w: $side); }
}
$b = new Box(h: 4);
echo $b->w, "x", $b->h, " ", $b->area(scale: 3), " ", Box::square(side: 5)->area(), "\n";
$f = fn(string $greeting, string $name = "you") => "$greeting, $name";
echo $f(name: "Ada", greeting: "Hi"), "\n";
foreach ([
    fn() => point(w: 1),
    fn() => point(1, x: 2),
    fn() => point(x: 1, x: 2),
    fn() => make(size: "L"),
] as $i => $bad) {
    try {
        $bad();
    } catch (Error $e) {
        echo $i, " ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECTF--
(0,5,0) (1,0,3) (2,3,1)
shirt/M/blue/0
1x4 12 25
Hi, Ada
0 Error: Unknown named parameter $w
1 Error: Named parameter $x overwrites previous argument
2 Error: Named parameter $x overwrites previous argument
3 ArgumentCountError: make(): Argument #1 ($name) not passed
