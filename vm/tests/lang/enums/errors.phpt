--TEST--
Enums: errors
--FILE--
<?php
enum Suit { case Hearts; case Spades; }
$s = Suit::Hearts;
foreach ([
    fn() => new Suit(),
    fn() => clone $s,
    function () use ($s) { $s->name = 'x'; },
    function () use ($s) { $s->extra = 1; },
    fn() => "suit: " . $s,
    fn() => [$s => 1],
    fn() => Suit::Clubs,
    fn() => $s->nope(),
] as $i => $f) {
    try {
        $f();
        echo "$i: no error\n";
    } catch (Error $e) {
        echo "$i: ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
var_dump($s < Suit::Spades, $s > Suit::Spades, $s == 'Hearts', (bool) $s, $s != Suit::Spades);
--EXPECTF--
0: Error: Cannot instantiate enum Suit
1: Error: Trying to clone an uncloneable object of class Suit
2: Error: Cannot modify readonly property Suit::$name
3: Error: Cannot create dynamic property Suit::$extra
4: Error: Object of class Suit could not be converted to string
5: TypeError: Illegal offset type
6: Error: Undefined constant Suit::Clubs
7: Error: Call to undefined method Suit::nope()
bool(false)
bool(false)
bool(false)
bool(true)
bool(true)
