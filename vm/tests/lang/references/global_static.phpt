--TEST--
global and static variables
--FILE--
<?php
$counter = 10;
function bump() {
    global $counter;
    $counter++;
}
bump();
bump();
var_dump($counter);
// A global the main script never mentioned is created.
function make_global() {
    global $made;
    $made = "from a function";
}
make_global();
function read_global() {
    global $made;
    return $made;
}
var_dump(read_global());
function calls() {
    static $n = 0, $log = [];
    $n++;
    $log[] = $n;
    return implode(",", $log);
}
calls();
calls();
var_dump(calls());
// Each function has its own statics.
function other() { static $n = 100; return ++$n; }
var_dump(other(), other());
// A static without initializer starts as null.
function nothing() { static $s; var_dump($s); $s = 1; }
nothing();
nothing();
?>
--EXPECT--
int(12)
string(15) "from a function"
string(5) "1,2,3"
int(101)
int(102)
NULL
int(1)
