--TEST--
Enums: output
--FILE--
<?php
enum Suit { case Hearts; case Spades; }
enum Size: string { case S = 'small'; case L = 'large'; }
enum Level: int { case Low = 1; }
$all = ['suit' => Suit::Hearts, 'size' => Size::L, 'level' => Level::Low, 'list' => [Suit::Spades]];
var_dump($all);
print_r($all);
echo "\n";
var_export($all);
echo "\n";
var_export(Size::S);
echo "\n";
print_r(Level::Low);
echo "\n";
var_dump((array) Size::L);
$o = new stdClass;
$o->suit = Suit::Spades;
var_dump($o);
--EXPECTF--
array(4) {
  ["suit"]=>
  enum(Suit::Hearts)
  ["size"]=>
  enum(Size::L)
  ["level"]=>
  enum(Level::Low)
  ["list"]=>
  array(1) {
    [0]=>
    enum(Suit::Spades)
  }
}
Array
(
    [suit] => Suit Enum
        (
            [name] => Hearts
        )

    [size] => Size Enum:string
        (
            [name] => L
            [value] => large
        )

    [level] => Level Enum:int
        (
            [name] => Low
            [value] => 1
        )

    [list] => Array
        (
            [0] => Suit Enum
                (
                    [name] => Spades
                )

        )

)

array (
  'suit' => 
  \Suit::Hearts,
  'size' => 
  \Size::L,
  'level' => 
  \Level::Low,
  'list' => 
  array (
    0 => 
    \Suit::Spades,
  ),
)
\Size::S
Level Enum:int
(
    [name] => Low
    [value] => 1
)

array(2) {
  ["name"]=>
  string(1) "L"
  ["value"]=>
  string(5) "large"
}
object(stdClass)#6 (1) {
  ["suit"]=>
  enum(Suit::Spades)
}
