--TEST--
array_keys (with a search value), array_values, array_key_first/last, array_key_exists, array_flip, array_count_values, array_fill, array_fill_keys, array_combine, array_pad
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
$a = ["x" => 1, 5 => "1", "y" => true, 7 => 1.0, 8 => null];
p(array_keys($a));
p(array_keys($a, 1));
p(array_keys($a, 1, true));
p(array_keys($a, null));
p(array_keys($a, "nope"));
p(array_keys([]));
p(array_values($a));
p(array_values([3 => "a", 1 => "b"]));
p(array_values([]));
p(array_key_first($a));
p(array_key_last($a));
p(array_key_first([]));
p(array_key_last([]));
$b = [1, 2, 3];
unset($b[2]);
p(array_key_last($b));
$b[] = 4;
p($b);

echo "-- array_key_exists\n";
$h = ["a" => null, 1 => 0, "" => 1, "07" => 2];
p(array_key_exists("a", $h));
p(array_key_exists("b", $h));
p(array_key_exists(1, $h));
p(array_key_exists("1", $h));
p(array_key_exists(null, $h));
p(array_key_exists(true, $h));
p(array_key_exists(1.7, $h));
p(array_key_exists("07", $h));
p(array_key_exists(7, $h));
p(key_exists("a", $h));
try { p(array_key_exists([], $h)); } catch (Throwable $e) { e($e); }
try { p(array_key_exists("a", "abc")); } catch (Throwable $e) { e($e); }
try { p(key_exists("a", null)); } catch (Throwable $e) { e($e); }

echo "-- array_flip, array_count_values\n";
p(array_flip(["a", "b", "c"]));
p(array_flip(["a" => 1, "b" => 2, "c" => 1]));
p(array_flip(["x" => "10", "y" => "010"]));
p(array_flip([1.5, true, null, "ok", [1]]));
p(array_count_values(["a", "b", "a", 1, "1", 2]));
p(array_count_values([1.5, false, "x"]));

echo "-- array_fill, array_fill_keys\n";
p(array_fill(5, 3, "v"));
p(array_fill(-3, 3, 0));
p(array_fill(0, 0, 1));
p(array_fill("2", 2, [1]));
try { p(array_fill(0, -1, 1)); } catch (Throwable $e) { e($e); }
try { p(array_fill(0, 1e10, 1)); } catch (Throwable $e) { e($e); }
try { p(array_fill("a", 1, 1)); } catch (Throwable $e) { e($e); }
try { p(array_fill(PHP_INT_MAX, 2, 1)); } catch (Throwable $e) { e($e); }
p(array_fill_keys(["a", 5, "5", "05", 1.5, true, null], 0));
p(array_fill_keys([], 1));
try { p(array_fill_keys("a", 1)); } catch (Throwable $e) { e($e); }

echo "-- array_combine\n";
p(array_combine(["a", "b", 3], [1, 2, 3]));
p(array_combine([1, 1, 2], ["x", "y", "z"]));
p(array_combine([], []));
p(array_combine([1.5, false, null], [1, 2, 3]));
try { p(array_combine([1, 2], [1])); } catch (Throwable $e) { e($e); }
try { p(array_combine([1], 1)); } catch (Throwable $e) { e($e); }

echo "-- array_pad\n";
p(array_pad([1, 2], 4, 0));
p(array_pad([1, 2], -4, 0));
p(array_pad([1, 2], 1, 0));
p(array_pad([1, 2], -2, 0));
p(array_pad(["a" => 1, 5 => 2], 4, null));
p(array_pad(["a" => 1, 5 => 2], -4, null));
p(array_pad([], 2, []));
try { p(array_pad([], 2000000, 0)); } catch (Throwable $e) { e($e); }
try { p(array_pad([], PHP_INT_MIN, 0)); } catch (Throwable $e) { e($e); }
try { p(array_pad([], 1)); } catch (Throwable $e) { e($e); }
?>
--EXPECTF--
[0=>"x", 1=>5, 2=>"y", 3=>7, 4=>8]
[0=>"x", 1=>5, 2=>"y", 3=>7]
[0=>"x"]
[0=>8]
[0=>"y"]
[]
[0=>1, 1=>"1", 2=>true, 3=>float(1), 4=>null]
[0=>"a", 1=>"b"]
[]
"x"
8
null
null
1
[0=>1, 1=>2, 3=>4]
-- array_key_exists
true
false
true
true
true
true

Deprecated: Implicit conversion from float 1.7 to int loses precision in %s on line 48
true
true
false
true
TypeError: Illegal offset type
TypeError: array_key_exists(): Argument #2 ($array) must be of type array, string given
TypeError: key_exists(): Argument #2 ($array) must be of type array, null given
-- array_flip, array_count_values
["a"=>0, "b"=>1, "c"=>2]
[1=>"c", 2=>"b"]
[10=>"x", "010"=>"y"]

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 60

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 60

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 60

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 60
["ok"=>3]
["a"=>2, "b"=>1, 1=>2, 2=>1]

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 62

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 62
["x"=>1]
-- array_fill, array_fill_keys
[5=>"v", 6=>"v", 7=>"v"]
[-3=>0, -2=>0, -1=>0]
[]
[2=>[0=>1], 3=>[0=>1]]
ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0
ValueError: array_fill(): Argument #2 ($count) is too large
TypeError: array_fill(): Argument #1 ($start_index) must be of type int, string given
Error: Cannot add element to the array as the next element is already occupied
["a"=>0, 5=>0, "05"=>0, "1.5"=>0, 1=>0, ""=>0]
[]
TypeError: array_fill_keys(): Argument #1 ($keys) must be of type array, string given
-- array_combine
["a"=>1, "b"=>2, 3=>3]
[1=>"y", 2=>"z"]
[]
["1.5"=>1, ""=>3]
ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
TypeError: array_combine(): Argument #2 ($values) must be of type array, int given
-- array_pad
[0=>1, 1=>2, 2=>0, 3=>0]
[0=>0, 1=>0, 2=>1, 3=>2]
[0=>1, 1=>2]
[0=>1, 1=>2]
["a"=>1, 0=>2, 1=>null, 2=>null]
[0=>null, 1=>null, "a"=>1, 2=>2]
[0=>[], 1=>[]]
ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576
[]
ArgumentCountError: array_pad() expects exactly 3 arguments, 2 given
