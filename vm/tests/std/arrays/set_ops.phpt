--TEST--
array_diff and array_intersect compare values by their string form; array_diff_key and array_intersect_key compare keys; the first array's keys are kept
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
$a = ["a" => "green", "red", "blue", "red", 7 => 1, 8 => "1.0"];
$b = ["b" => "green", "yellow", "red", 1];
p(array_diff($a, $b));
p(array_diff($a, $b, ["blue"]));
p(array_diff($a));
p(array_diff([], [1]));
p(array_diff([1, "1", 1.0, true, null, "", false], ["1"]));
p(array_diff([1.5, "1.50"], [1.5]));
p(array_intersect($a, $b));
p(array_intersect($a, $b, ["red"]));
p(array_intersect([1, "1", true], ["1"]));
p(array_intersect([null, "", false, 0], [""]));
p(array_intersect($a));
p(array_intersect([1, 2], []));
try { p(array_diff()); } catch (Throwable $e) { e($e); }
try { p(array_diff(1, [1])); } catch (Throwable $e) { e($e); }
try { p(array_diff([1], [1], "x")); } catch (Throwable $e) { e($e); }
try { p(array_intersect([1], null)); } catch (Throwable $e) { e($e); }

echo "-- keys\n";
$k = ["a" => 1, "b" => 2, 0 => 3, 1 => 4, "10" => 5];
p(array_diff_key($k, ["a" => 9, 0 => 9]));
p(array_diff_key($k, ["b" => 0], ["1" => 0], [10 => 0]));
p(array_intersect_key($k, ["a" => 9, 1 => 9, "x" => 9]));
p(array_intersect_key($k, ["a" => 0, "b" => 0], ["b" => 0]));
p(array_intersect_key($k, []));
p(array_diff_key($k));
p(array_intersect_key(["0" => 1, "00" => 2], [0 => 0]));
try { p(array_diff_key([1], 5)); } catch (Throwable $e) { e($e); }
try { p(array_intersect_key()); } catch (Throwable $e) { e($e); }
?>
--EXPECT--
[1=>"blue", 8=>"1.0"]
[8=>"1.0"]
["a"=>"green", 0=>"red", 1=>"blue", 2=>"red", 7=>1, 8=>"1.0"]
[]
[4=>null, 5=>"", 6=>false]
[1=>"1.50"]
["a"=>"green", 0=>"red", 2=>"red", 7=>1]
[0=>"red", 2=>"red"]
[0=>1, 1=>"1", 2=>true]
[0=>null, 1=>"", 2=>false]
["a"=>"green", 0=>"red", 1=>"blue", 2=>"red", 7=>1, 8=>"1.0"]
[]
ArgumentCountError: array_diff() expects at least 1 argument, 0 given
TypeError: array_diff(): Argument #1 ($array) must be of type array, int given
TypeError: array_diff(): Argument #3 must be of type array, string given
TypeError: array_intersect(): Argument #2 must be of type array, null given
-- keys
["b"=>2, 1=>4, 10=>5]
["a"=>1, 0=>3]
["a"=>1, 1=>4]
["b"=>2]
[]
["a"=>1, "b"=>2, 0=>3, 1=>4, 10=>5]
[0=>1]
TypeError: array_diff_key(): Argument #2 must be of type array, int given
ArgumentCountError: array_intersect_key() expects at least 1 argument, 0 given
