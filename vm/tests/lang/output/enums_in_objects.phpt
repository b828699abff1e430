--TEST--
var_dump, print_r and var_export of enums in objects and arrays
--FILE--
<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
enum Status { case Active; case Off; }
class Card { public function __construct(public Suit $suit, public Status $status = Status::Active, public array $more = [Suit::Spades]) {} }
$c = new Card(Suit::Hearts);
var_dump($c);
print_r($c); echo "\n";
var_export($c); echo "\n";
var_dump(Suit::Hearts, Status::Off);
print_r(Suit::Hearts); echo "\n";
var_export([Status::Off, Suit::Spades]); echo "\n";
--EXPECTF--
object(Card)#1 (3) {
  ["suit"]=>
  enum(Suit::Hearts)
  ["status"]=>
  enum(Status::Active)
  ["more"]=>
  array(1) {
    [0]=>
    enum(Suit::Spades)
  }
}
Card Object
(
    [suit] => Suit Enum:string
        (
            [name] => Hearts
            [value] => H
        )

    [status] => Status Enum
        (
            [name] => Active
        )

    [more] => Array
        (
            [0] => Suit Enum:string
                (
                    [name] => Spades
                    [value] => S
                )

        )

)

\Card::__set_state(array(
   'suit' => 
  \Suit::Hearts,
   'status' => 
  \Status::Active,
   'more' => 
  array (
    0 => 
    \Suit::Spades,
  ),
))
enum(Suit::Hearts)
enum(Status::Off)
Suit Enum:string
(
    [name] => Hearts
    [value] => H
)

array (
  0 => 
  \Status::Off,
  1 => 
  \Suit::Spades,
)
