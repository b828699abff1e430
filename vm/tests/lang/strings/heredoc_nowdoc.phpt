--TEST--
heredoc and nowdoc: interpolation, escapes, closing indentation, as arguments
--FILE--
<?php
$name = "Ada";
$list = ['one' => 1, 'two' => [2, 22]];
$obj = new stdClass;
$obj->inner = new stdClass;
$obj->inner->value = "deep";
echo <<<TEXT
    Name: $name
    Braced: {$name}s
    Key: $list[one] and {$list['two'][1]}
    Object: {$obj->inner->value}
    Escapes: \t tab, \$ dollar, \\ backslash, \x41\101\u{1F600}
    TEXT;
echo "\n";
echo <<<'RAW'
  No $interpolation {$here}\n
  RAW;
echo "\n";
$s = <<<EOT
a
 b
EOT . "!";
var_dump($s);
printf(<<<FMT
%s has %d items

FMT, $name, count($list));
--EXPECTF--
Name: Ada
Braced: Adas
Key: 1 and 22
Object: deep
Escapes: 	 tab, $ dollar, \ backslash, AA😀
No $interpolation {$here}\n
string(5) "a
 b!"
Ada has 2 items
