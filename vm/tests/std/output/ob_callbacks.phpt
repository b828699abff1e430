--TEST--
ob_start with a callback: the phases it is called with and what its result does
--FILE--
<?php
function wrap($buffer, $phase) { return "[" . $phase . ":" . $buffer . "]"; }
function nothing($buffer) { return false; }
function eat($buffer) { return true; }
function number($buffer) { return 42; }
function null_result($buffer) { return null; }
function noisy($buffer) { echo "ignored"; return "<" . $buffer . ">"; }
class Handlers {
    function twice($b) { return $b . $b; }
    static function tag($b) { return "S:" . $b; }
}
ob_start("wrap"); echo "a"; ob_flush(); echo "b"; ob_flush(); echo "c"; ob_clean(); echo "d"; $s = ob_get_status(); ob_end_flush(); echo "\n";
var_dump($s);
ob_start("wrap"); echo "x"; ob_end_clean(); echo "|\n";
ob_start("wrap"); echo "x"; $r = ob_get_clean(); var_dump($r);
ob_start("wrap"); echo "y"; $r = ob_get_flush(); echo "\n"; var_dump($r);
ob_start("wrap"); $r = ob_end_flush(); echo "\n"; var_dump($r);
ob_start("nothing"); echo "f"; ob_flush(); echo "g"; $s = ob_get_status(); ob_end_flush(); echo "\n"; var_dump($s["flags"], $s["name"], $s["type"]);
ob_start("eat"); echo "t"; ob_end_flush(); echo "|\n";
ob_start("number"); echo "t"; ob_end_flush(); echo "|\n";
ob_start("null_result"); echo "t"; ob_end_flush(); echo "|\n";
ob_start("noisy"); echo "n"; ob_end_flush(); echo "|\n";
ob_start([new Handlers, "twice"]); echo "obj"; print_r(ob_list_handlers()); ob_end_flush(); echo "\n";
ob_start("Handlers::tag"); echo "st"; print_r(ob_list_handlers()); ob_end_flush(); echo "\n";
ob_start(["Handlers", "tag"]); echo "st"; print_r(ob_list_handlers()); ob_end_flush(); echo "\n";
ob_start("wrap"); ob_start("wrap"); echo "nested"; ob_end_flush(); ob_end_flush(); echo "\n";
ob_start("WRAP"); echo "case"; print_r(ob_list_handlers()); ob_end_flush(); echo "\n";
?>
--EXPECT--
[5:a][4:b][8:d]
array(7) {
  ["name"]=>
  string(4) "wrap"
  ["type"]=>
  int(1)
  ["flags"]=>
  int(20593)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(1)
}
|
string(1) "x"
[9:y]
string(1) "y"
[9:]
bool(true)
fg
int(12401)
string(7) "nothing"
int(1)
|
42|
|
<n>|
objArray
(
    [0] => Handlers::twice
)
objArray
(
    [0] => Handlers::twice
)

S:stArray
(
    [0] => Handlers::tag
)

S:stArray
(
    [0] => Handlers::tag
)

[9:[9:nested]]
[9:caseArray
(
    [0] => WRAP
)
]
