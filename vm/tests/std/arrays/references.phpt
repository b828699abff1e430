--TEST--
Array functions on arrays holding references, and on by-reference arguments that are array elements
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
$x = 1;
$arr = [0, 2];
$arr[0] = &$x;
$vals = array_values($arr);
$merged = array_merge($arr, [3]);
$slice = array_slice($arr, 0, 1);
$x = 10;
p($vals); p($merged); p($slice);
$y = 3;
$s = [0, 1, 2];
$s[0] = &$y;
sort($s);
$y = 99;
p($s);
p(in_array(99, $s));
p(array_sum($s));
p(array_search(99, $s, true));
p(array_pop($s));
p($s);

echo "-- elements and properties\n";
$nested = ["list" => [3, 1, 2], "more" => [[5, 4]]];
sort($nested["list"]);
array_push($nested["list"], 4);
rsort($nested["more"][0]);
p($nested);
try { sort($undefined_var); } catch (Throwable $e) { e($e); }
try { p(array_push($fresh["k"], 1)); } catch (Throwable $e) { e($e); }
p($fresh);

echo "-- recursion\n";
$r = [1, [2, 3]];
$r[] = &$r;
p(count($r, COUNT_RECURSIVE));
p(count($r));
$deep = [];
for ($i = 0; $i < 50000; $i++) $deep = [$deep, $i];
p(count($deep, COUNT_RECURSIVE));
$shared = [1];
p(count([$shared, $shared, [$shared]], COUNT_RECURSIVE));
?>
--EXPECTF--
[0=>10, 1=>2]
[0=>10, 1=>2, 2=>3]
[0=>10]
[0=>1, 1=>2, 2=>99]
true
102
2
99
[0=>1, 1=>2]
-- elements and properties
["list"=>[0=>1, 1=>2, 2=>3, 3=>4], "more"=>[0=>[0=>5, 1=>4]]]
TypeError: sort(): Argument #1 ($array) must be of type array, null given
TypeError: array_push(): Argument #1 ($array) must be of type array, null given
["k"=>null]
-- recursion

Warning: count(): Recursion detected in %s on line 53
5
3
100000
7
