--TEST--
natsort, natcasesort, array_is_list, array_replace, array_change_key_case, array_diff_assoc, array_intersect_assoc
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
$files = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img02.png", " img3.png", "img_1.png"];
$n = $files; p(natsort($n)); p($n);
$n = $files; p(natcasesort($n)); p($n);
$v = ["1.10", "1.9", "1.010", "01", "0.5", "", "0"];
natsort($v); p($v);
try { $x = 5; natsort($x); } catch (Throwable $e) { e($e); }
try { natcasesort(); } catch (Throwable $e) { e($e); }

echo "-- array_is_list\n";
p(array_is_list([]));
p(array_is_list([1, 2]));
p(array_is_list([1 => 1]));
p(array_is_list(["a" => 1]));
$l = [1, 2, 3];
unset($l[2]);
p(array_is_list($l));
unset($l[0]);
p(array_is_list($l));
$h = [1 => "b", 0 => "a"];
p(array_is_list($h));
try { p(array_is_list(null)); } catch (Throwable $e) { e($e); }

echo "-- array_replace\n";
p(array_replace([1, 2, 3], [1 => "b"], [3 => "d", "k" => "v"]));
p(array_replace(["a" => 1]));
try { p(array_replace([1], 2)); } catch (Throwable $e) { e($e); }

echo "-- array_change_key_case\n";
p(array_change_key_case(["Ab" => 1, "aB" => 2, 5 => 3, "ÄX" => 4]));
p(array_change_key_case(["Ab" => 1, "c" => 2], CASE_UPPER));
try { p(array_change_key_case([], "x")); } catch (Throwable $e) { e($e); }

echo "-- array_diff_assoc, array_intersect_assoc\n";
$a = ["a" => "green", "b" => "brown", "c" => "blue", "red", 5 => 1];
$b = ["a" => "green", "yellow", "red", 5 => "1"];
p(array_diff_assoc($a, $b));
p(array_intersect_assoc($a, $b));
p(array_diff_assoc($a, $b, ["b" => "brown"]));
p(array_intersect_assoc($a, $b, ["a" => "green"]));
p(array_diff_assoc([0 => "0", 1 => 1.0], ["0" => 0, 1 => "1"]));
try { p(array_diff_assoc([], 1)); } catch (Throwable $e) { e($e); }
?>
--EXPECT--
true
[2=>"IMG2.png", 4=>"img02.png", 3=>"img1.png", 5=>" img3.png", 1=>"img10.png", 0=>"img12.png", 6=>"img_1.png"]
true
[4=>"img02.png", 3=>"img1.png", 2=>"IMG2.png", 5=>" img3.png", 1=>"img10.png", 0=>"img12.png", 6=>"img_1.png"]
[5=>"", 6=>"0", 4=>"0.5", 3=>"01", 2=>"1.010", 1=>"1.9", 0=>"1.10"]
TypeError: natsort(): Argument #1 ($array) must be of type array, int given
ArgumentCountError: natcasesort() expects exactly 1 argument, 0 given
-- array_is_list
true
true
false
false
true
false
false
TypeError: array_is_list(): Argument #1 ($array) must be of type array, null given
-- array_replace
[0=>1, 1=>"b", 2=>3, 3=>"d", "k"=>"v"]
["a"=>1]
TypeError: array_replace(): Argument #2 must be of type array, int given
-- array_change_key_case
["ab"=>2, 5=>3, "Äx"=>4]
["AB"=>1, "C"=>2]
TypeError: array_change_key_case(): Argument #2 ($case) must be of type int, string given
-- array_diff_assoc, array_intersect_assoc
["b"=>"brown", "c"=>"blue", 0=>"red"]
["a"=>"green", 5=>1]
["c"=>"blue", 0=>"red"]
["a"=>"green"]
[]
TypeError: array_diff_assoc(): Argument #2 must be of type array, int given
