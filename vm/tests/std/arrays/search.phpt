--TEST--
in_array and array_search, loose (php 8 comparison) and strict
--FILE--
<?php
// A compact printer: [key=>value, ...] with types visible.
function s($v) {
    $t = gettype($v);
    if ($t == "NULL") return "null";
    if ($t == "boolean") return $v ? "true" : "false";
    if ($t == "string") return "\"$v\"";
    if ($t == "double") return "float($v)";
    if ($t == "array") {
        $parts = [];
        foreach ($v as $k => $x) {
            $parts[] = (gettype($k) == "string" ? "\"$k\"" : $k) . "=>" . s($x);
        }
        return "[" . implode(", ", $parts) . "]";
    }
    return "$v";
}
function p($v) { echo s($v), "\n"; }
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$a = [0, "1", 2.0, null, "abc", [1], false];
p(in_array("0", $a));
p(in_array("abc", $a));
p(in_array(0, ["abc"]));
p(in_array("1e1", ["10"]));
p(in_array(" 1", [1]));
p(in_array("1 ", [1]));
p(in_array(null, [0]));
p(in_array(null, [0], true));
p(in_array(2, $a, true));
p(in_array(2.0, $a, true));
p(in_array([1], $a));
p(in_array(["1"], $a));
p(in_array(["1"], $a, true));
p(in_array("x", []));
p(array_search("1", $a));
p(array_search(1, $a));
p(array_search(1, $a, true));
p(array_search(null, ["k" => 0, "j" => null], true));
p(array_search("missing", $a));
p(array_search("a", ["x" => "A", "y" => "a"]));
p(array_search(NAN, [NAN]));
p(in_array(INF, [INF], true));
try { p(in_array(1)); } catch (Throwable $e) { e($e); }
try { p(in_array(1, "123")); } catch (Throwable $e) { e($e); }
try { p(array_search(1, null)); } catch (Throwable $e) { e($e); }
p(in_array(1, [1], null));
?>
--EXPECTF--
true
true
false
true
true
true
true
false
false
true
true
true
false
false
1
1
false
"j"
false
"y"
false
true
ArgumentCountError: in_array() expects at least 2 arguments, 1 given
TypeError: in_array(): Argument #2 ($haystack) must be of type array, string given
TypeError: array_search(): Argument #2 ($haystack) must be of type array, null given

Deprecated: in_array(): Passing null to parameter #3 ($strict) of type bool is deprecated in %s on line 46
true
