--TEST--
match compares strictly and returns the arm's value
--FILE--
<?php
function size($n) {
    return match (true) {
        $n < 10 => "small",
        $n < 100 => "medium",
        default => "large",
    };
}
echo size(5), " ", size(50), " ", size(500), "\n";
echo match (3) { 1, 2 => "low", 3, 4 => "mid", 5 => "high" }, "\n";
// Strict: "1" is not 1.
echo match ("1") { 1 => "int", "1" => "string" }, "\n";
// Conditions are evaluated only until one matches.
function arm($v) { echo "arm $v\n"; return $v; }
echo match (2) { arm(1) => "one", arm(2) => "two", arm(3) => "three" }, "\n";
// No arm matches.
foreach (["x", 5, 1.5, null, true, [1], new stdClass, str_repeat("long", 10)] as $v) {
    try {
        echo match ($v) { "y" => 1 };
    } catch (\UnhandledMatchError $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
// An arm may throw.
try {
    echo match (5) { 5 => throw new Exception("thrown in an arm"), default => 1 };
} catch (Exception $e) {
    echo $e->getMessage(), "\n";
}
// Uncaught.
echo match (99) { 1 => "x" };
?>
--EXPECTF--
small medium large
mid
string
arm 1
arm 2
two
UnhandledMatchError: Unhandled match case 'x'
UnhandledMatchError: Unhandled match case 5
UnhandledMatchError: Unhandled match case 1.5
UnhandledMatchError: Unhandled match case NULL
UnhandledMatchError: Unhandled match case true
UnhandledMatchError: Unhandled match case of type array
UnhandledMatchError: Unhandled match case of type stdClass
UnhandledMatchError: Unhandled match case 'longlonglonglon...'
thrown in an arm

Fatal error: Uncaught UnhandledMatchError: Unhandled match case 99 in %s:31
Stack trace:
#0 {main}
  thrown in %s on line 31
