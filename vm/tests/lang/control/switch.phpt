--TEST--
switch compares loosely, falls through, and break/continue leave it
--FILE--
<?php
function classify($x) {
    switch ($x) {
        case 1:
        case 2:
            return "small";
        case "three":
            return "word";
        default:
            return "other";
        case 10:
            return "ten";
    }
}
foreach ([1, 2, "2", "three", 10, "10", 99, null, 0, "1e1"] as $v) {
    echo gettype($v), " ", $v, " => ", classify($v), "\n";
}
$log = [];
for ($i = 0; $i < 5; $i++) {
    switch ($i % 3) {
        case 0:
            $log[] = "zero";
            break;
        case 1:
            $log[] = "one";
        case 2:
            $log[] = "fall";
            continue 2;
    }
    $log[] = "after";
}
echo implode(",", $log), "\n";
// The subject is evaluated once; cases in order until one matches.
function subject() { echo "subject\n"; return 2; }
function c($v) { echo "case $v\n"; return $v; }
switch (subject()) {
    case c(1): echo "one\n"; break;
    case c(2): echo "two\n"; break;
    case c(3): echo "three\n"; break;
}
// No match and no default: nothing runs.
switch ("none") { case "a": echo "a\n"; }
// Alternative syntax and an empty switch.
switch (5):
    case 5:
        echo "alt five\n";
        break;
endswitch;
switch (1) {}
echo "end\n";
?>
--EXPECT--
integer 1 => small
integer 2 => small
string 2 => small
string three => word
integer 10 => ten
string 10 => ten
integer 99 => other
NULL  => other
integer 0 => other
string 1e1 => ten
zero,after,one,fall,fall,zero,after,one,fall
subject
case 1
case 2
two
alt five
end
