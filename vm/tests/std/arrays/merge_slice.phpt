--TEST--
array_merge, array_slice (preserve_keys), array_splice (by reference), array_reverse, array_chunk
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
p(array_merge());
p(array_merge([3 => "a", "k" => "b"], [3 => "c", "k" => "d"], ["e"]));
p(array_merge(["x" => 1], []));
p(array_merge([-5 => 1, 10 => 2]));
p(array_merge(["10" => 1, "01" => 2]));
try { p(array_merge([1], 2)); } catch (Throwable $e) { e($e); }
try { p(array_merge(null)); } catch (Throwable $e) { e($e); }

echo "-- array_slice\n";
$a = ["a" => 1, 5 => 2, 3, "b" => 4, 9 => 5];
p(array_slice($a, 1));
p(array_slice($a, 1, 2));
p(array_slice($a, 1, 2, true));
p(array_slice($a, -2));
p(array_slice($a, -2, 1));
p(array_slice($a, 1, -1));
p(array_slice($a, -10, 2));
p(array_slice($a, 10));
p(array_slice($a, 0, 0));
p(array_slice($a, 2, -10));
p(array_slice($a, 0, null, true));
p(array_slice($a, 3, PHP_INT_MAX));
p(array_slice([1, 2, 3], "1"));
try { p(array_slice($a, "x")); } catch (Throwable $e) { e($e); }
try { p(array_slice($a)); } catch (Throwable $e) { e($e); }

echo "-- array_splice\n";
$b = ["a", "b", "c", "d", "e"];
p(array_splice($b, 1, 2));
p($b);
$b = ["a", "b", "c", "d", "e"];
p(array_splice($b, -2));
p($b);
$b = ["a", "b", "c", "d", "e"];
p(array_splice($b, 1, -1, ["X", "Y"]));
p($b);
$b = ["a", "b", "c"];
p(array_splice($b, 1, 0, "new"));
p($b);
$b = ["a", "b", "c"];
p(array_splice($b, 10, 0, ["end"]));
p($b);
$b = ["a", "b", "c"];
p(array_splice($b, 0, null, [9 => "r1", "k" => "r2"]));
p($b);
$b = ["x" => 1, 5 => 2, "y" => 3, 8 => 4];
p(array_splice($b, 1, 2));
p($b);
$b = [];
p(array_splice($b, 0, 0, [1, 2]));
p($b);
$b = [1, 2, 3];
p(array_splice($b, -1, 1, null));
p($b);
try { $n = 5; array_splice($n, 0); } catch (Throwable $e) { e($e); }

echo "-- array_reverse\n";
$r = ["a" => 1, 2, 3, 10 => 4, "b" => 5];
p(array_reverse($r));
p(array_reverse($r, true));
p(array_reverse([]));
p(array_reverse([[1, 2], 3]));

echo "-- array_chunk\n";
p(array_chunk([1, 2, 3, 4, 5], 2));
p(array_chunk(["a" => 1, "b" => 2, "c" => 3], 2, true));
p(array_chunk(["a" => 1, "b" => 2, "c" => 3], 5));
p(array_chunk([], 3));
try { p(array_chunk([1], 0)); } catch (Throwable $e) { e($e); }
try { p(array_chunk([1], -1)); } catch (Throwable $e) { e($e); }
?>
--EXPECT--
[]
[0=>"a", "k"=>"d", 1=>"c", 2=>"e"]
["x"=>1]
[0=>1, 1=>2]
[0=>1, "01"=>2]
TypeError: array_merge(): Argument #2 must be of type array, int given
TypeError: array_merge(): Argument #1 must be of type array, null given
-- array_slice
[0=>2, 1=>3, "b"=>4, 2=>5]
[0=>2, 1=>3]
[5=>2, 6=>3]
["b"=>4, 0=>5]
["b"=>4]
[0=>2, 1=>3, "b"=>4]
["a"=>1, 0=>2]
[]
[]
[]
["a"=>1, 5=>2, 6=>3, "b"=>4, 9=>5]
["b"=>4, 0=>5]
[0=>2, 1=>3]
TypeError: array_slice(): Argument #2 ($offset) must be of type int, string given
ArgumentCountError: array_slice() expects at least 2 arguments, 1 given
-- array_splice
[0=>"b", 1=>"c"]
[0=>"a", 1=>"d", 2=>"e"]
[0=>"d", 1=>"e"]
[0=>"a", 1=>"b", 2=>"c"]
[0=>"b", 1=>"c", 2=>"d"]
[0=>"a", 1=>"X", 2=>"Y", 3=>"e"]
[]
[0=>"a", 1=>"new", 2=>"b", 3=>"c"]
[]
[0=>"a", 1=>"b", 2=>"c", 3=>"end"]
[0=>"a", 1=>"b", 2=>"c"]
[0=>"r1", 1=>"r2"]
[0=>2, "y"=>3]
["x"=>1, 0=>4]
[]
[0=>1, 1=>2]
[0=>3]
[0=>1, 1=>2]
TypeError: array_splice(): Argument #1 ($array) must be of type array, int given
-- array_reverse
["b"=>5, 0=>4, 1=>3, 2=>2, "a"=>1]
["b"=>5, 10=>4, 1=>3, 0=>2, "a"=>1]
[]
[0=>3, 1=>[0=>1, 1=>2]]
-- array_chunk
[0=>[0=>1, 1=>2], 1=>[0=>3, 1=>4], 2=>[0=>5]]
[0=>["a"=>1, "b"=>2], 1=>["c"=>3]]
[0=>[0=>1, 1=>2, 2=>3]]
[]
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
ValueError: array_chunk(): Argument #2 ($length) must be greater than 0
