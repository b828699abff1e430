--TEST--
str_getcsv: enclosures, doubled enclosures, escapes, spaces, line ends, custom characters and php's quirks
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function p($a) { echo json($a), "\n"; }
function json($a) { $o = []; foreach ($a as $v) { $o[] = $v === null ? "null" : "[" . addcslashes($v, "\0..\37\\\\") . "]"; } return count($a) . ": " . implode(" ", $o); }
p(str_getcsv("a,b,c"));
p(str_getcsv('a,"b,c",d'));
p(str_getcsv('"he said ""hi""",x'));
p(str_getcsv('"a\"b",c'));
p(str_getcsv('"a\"b",c', ",", '"', ""));
p(str_getcsv('  "spaced" , plain , "x"y'));
p(str_getcsv(""));
p(str_getcsv(","));
p(str_getcsv("a,"));
p(str_getcsv(",a"));
p(str_getcsv("a,b\n"));
p(str_getcsv("a,b\r\n"));
p(str_getcsv("a\nb,c"));
p(str_getcsv('"multi' . "\n" . 'line",z'));
p(str_getcsv('"unterminated,x'));
p(str_getcsv('"unterminated' . "\r\n"));
p(str_getcsv('"'));
p(str_getcsv('a;b;"c;d"', ";"));
p(str_getcsv("a|'b|c'|d", "|", "'"));
p(str_getcsv("a\tb", "\t"));
p(str_getcsv(" a , b "));
p(str_getcsv("\n"));
p(str_getcsv("\xe9,\xe9\r"));
p(str_getcsv("x\r\xe9"));
p(str_getcsv('"a"b"c",d'));
p(str_getcsv('"",""'));
p(str_getcsv('a""b,c'));
p(str_getcsv("a\0b,c"));
p(str_getcsv("a;b,c", ""));
p(str_getcsv("a;b,c", ";;"));
p(str_getcsv("'a,b',c", ",", ""));
p(str_getcsv("'a,b',c", ",", "'x"));
p(str_getcsv('"a\\"b",c', ",", '"', "\\x"));
try { str_getcsv(); } catch (ArgumentCountError $ex) { e($ex); }
try { str_getcsv([]); } catch (TypeError $ex) { e($ex); }
--EXPECT--
3: [a] [b] [c]
3: [a] [b,c] [d]
2: [he said "hi"] [x]
2: [a\\"b] [c]
2: [a\\b"] [c]
3: [spaced ] [ plain ] [xy]
1: null
2: [] []
2: [a] []
2: [] [a]
2: [a] [b]
2: [a] [b]
2: [a\nb] [c]
2: [multi\nline] [z]
1: [unterminated,x]
1: [unterminated\r\n]
1: [\000]
3: [a] [b] [c;d]
3: [a] [b|c] [d]
2: [a] [b]
2: [ a ] [ b ]
1: null
2: [é] [é]
1: [x]
2: [ab"c"] [d]
2: [] []
2: [a""b] [c]
2: [a\000b] [c]
2: [a;b] [c]
2: [a] [b,c]
3: ['a] [b'] [c]
2: [a,b] [c]
2: [a\\"b] [c]
ArgumentCountError: str_getcsv() expects at least 1 argument, 0 given
TypeError: str_getcsv(): Argument #1 ($string) must be of type string, array given
