--TEST--
match(true) classification, switch with fall-through and loose matching, match strictness and UnhandledMatchError texts
--FILE--
<?php
function classify($v) {
    return match (true) {
        is_int($v) && $v < 0 => "negative int",
        is_int($v) => "int",
        is_string($v) && is_numeric($v) => "numeric string",
        is_string($v) => "string",
        default => gettype($v),
    };
}
foreach ([-3, 4, "12", "x", 1.5, null, []] as $v) echo classify($v), "\n";
function day($d) {
    switch (strtolower($d)) {
        case "sat":
        case "sun":
            return "weekend";
        case "":
            return "empty";
        default:
            return "weekday";
    }
}
echo day("Sun"), " ", day("mon"), " ", day(""), "\n";
switch ("1e1") { case 10: echo "loose numeric match\n"; break; default: echo "no\n"; }
switch (null) { case false: echo "null == false\n"; break; case null: echo "null\n"; }
echo match ("10") { 10 => "int", "10" => "string" }, "\n";
try {
    echo match (99) { 1, 2 => "small" };
} catch (\UnhandledMatchError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try {
    echo match ("long string value") { "a" => 1 };
} catch (\UnhandledMatchError $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
negative int
int
numeric string
string
double
NULL
array
weekend weekday empty
loose numeric match
null == false
string
UnhandledMatchError: Unhandled match case 99
Unhandled match case 'long string val...'
