--TEST--
default parameter values, early and implicit returns, extra arguments
--FILE--
<?php
function def($a, $b = 2, $c = "three", $d = [1, 2], $e = null, $f = -1.5) {
    return "$a $b $c " . count($d) . " " . var_export_like($e) . " $f";
}
function var_export_like($v) { return $v === null ? "null" : "set"; }
echo def(1), "\n", def(1, 5), "\n", def(1, 5, "x", [], 0, 2), "\n";
function early($x) {
    if ($x) { return "early"; }
    echo "late path\n";
}
var_dump(early(true), early(false));
function extra() { return "extra args are ignored"; }
echo extra(1, 2, 3), "\n";
function implicit_nullable(int $x = null) { return $x; }
var_dump(implicit_nullable(), implicit_nullable(3));
--EXPECT--
1 2 three 2 null -1.5
1 5 three 2 null -1.5
1 5 x 0 set 2
late path
string(5) "early"
NULL
extra args are ignored
NULL
int(3)
