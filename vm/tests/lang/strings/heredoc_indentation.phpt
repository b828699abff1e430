--TEST--
strings: heredoc and nowdoc closing indentation removal, code after the closing marker, empty bodies, marker-like words
--FILE--
<?php
$name = 'World';
function show($s) { echo str_replace(["\n", " "], ["\\n\n", "."], $s), "|\n"; }
show(<<<EOT
    Hello $name
      indented more
    back
    EOT);
show(<<<'EOT'
    nowdoc $name {$name}
      kept \n literally
    EOT);
show(<<<"EOT"
  quoted label\tTab
  EOT);
// the closing marker may be followed by code on the same line
$arr = [<<<A
  one
  A, <<<B
  two
  B];
var_dump($arr);
// empty heredoc and a heredoc with only blank lines
var_dump(<<<E
E);
var_dump(<<<E

  E);
// the marker text inside the body does not end it unless it is a whole word
show(<<<END
  ENDING is not the end
  END_X neither
  END);
echo <<<X
  interpolated: {$arr[0]} and {$arr[1]}
  X . "\n";
--EXPECTF--
Hello.World\n
..indented.more\n
back|
nowdoc.$name.{$name}\n
..kept.\n.literally|
quoted.label	Tab|
array(2) {
  [0]=>
  string(3) "one"
  [1]=>
  string(3) "two"
}
string(0) ""
string(0) ""
ENDING.is.not.the.end\n
END_X.neither|
interpolated: one and two
