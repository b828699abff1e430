--TEST--
Enums: constants and interfaces
--FILE--
<?php
interface HasLabel {
    const PREFIX = '>';
    public function label(): string;
}
trait Shouts {
    public function shout(): string { return strtoupper($this->label()) . '!'; }
}
enum Planet: string implements HasLabel {
    use Shouts;
    case Earth = 'earth';
    case Mars = 'mars';

    const HOME = self::Earth;
    const DEFAULT_NAME = 'planet';

    public function label(): string { return self::PREFIX . ' ' . $this->value; }
    public static function home(): static { return static::HOME; }
}
var_dump(Planet::HOME, Planet::home() === Planet::Earth);
echo Planet::Mars->label(), "\n";
echo Planet::Mars->shout(), "\n";
echo Planet::DEFAULT_NAME, "\n";
var_dump(Planet::Earth instanceof HasLabel);
var_dump(constant('Planet::Mars'));
var_dump(defined('Planet::Mars'));
var_dump(enum_exists('Planet'), enum_exists('HasLabel'), class_exists('Planet'));
enum Dir: int { case Up = 1; public function flip(): self { return $this; } }
var_dump(get_class_methods('Dir'));
enum Pure { case X; }
var_dump(get_class_methods(Pure::X));
--EXPECTF--
enum(Planet::Earth)
bool(true)
> mars
> MARS!
planet
bool(true)
enum(Planet::Mars)
bool(true)
bool(true)
bool(false)
bool(true)
array(4) {
  [0]=>
  string(4) "flip"
  [1]=>
  string(5) "cases"
  [2]=>
  string(4) "from"
  [3]=>
  string(7) "tryFrom"
}
array(1) {
  [0]=>
  string(5) "cases"
}
