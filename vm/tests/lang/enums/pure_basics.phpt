--TEST--
Enums: pure basics
--FILE--
<?php
enum Suit {
    case Hearts;
    case Diamonds;
    case Clubs;
    case Spades;

    public function color(): string {
        return match ($this) {
            Suit::Hearts, Suit::Diamonds => 'Red',
            Suit::Clubs, Suit::Spades => 'Black',
        };
    }

    public static function fromChar(string $c): self {
        foreach (self::cases() as $case) {
            if ($case->name[0] === $c) {
                return $case;
            }
        }
        throw new ValueError("no suit $c");
    }
}

$s = Suit::Hearts;
var_dump($s);
echo $s->name, " is ", $s->color(), "\n";
echo Suit::fromChar('S')->name, "\n";
var_dump($s === Suit::Hearts, $s == Suit::Hearts, $s === Suit::Spades, $s == Suit::Spades);
var_dump($s instanceof Suit, $s instanceof UnitEnum, $s instanceof BackedEnum);
var_dump(gettype($s), get_class($s));
var_dump(count(Suit::cases()));
foreach (Suit::cases() as $i => $c) {
    echo $i, ": ", $c->name, " ", $c->color(), "\n";
}
function describe(Suit $s): string { return "suit " . $s->name; }
echo describe(Suit::Clubs), "\n";
--EXPECTF--
enum(Suit::Hearts)
Hearts is Red
Spades
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
string(6) "object"
string(4) "Suit"
int(4)
0: Hearts Red
1: Diamonds Red
2: Clubs Black
3: Spades Black
suit Clubs
