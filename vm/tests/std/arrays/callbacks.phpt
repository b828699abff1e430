--TEST--
array_map (one and several arrays, null callback, keys), array_filter (modes), array_reduce; callbacks may be names or methods, and their exceptions propagate
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
function double($x) { return $x * 2; }
function add($x, $y) { return $x + $y; }
function pair($x, $y) { return "$x-$y"; }
function odd($x) { return $x % 2 == 1; }
function key_is_string($k) { return gettype($k) == "string"; }
function both($v, $k) { return $v > 1 && $k != "c"; }
function boom($x) { throw new RuntimeException("boom at $x"); }
class M {
    public $factor = 3;
    static function neg($x) { return -$x; }
    function scale($x) { return $x * $this->factor; }
}

echo "-- array_map\n";
p(array_map('double', [1, 2, 3]));
p(array_map('double', ["a" => 1, 5 => 2, "b" => 3]));
p(array_map('add', [1, 2, 3], [10, 20]));
p(array_map('pair', ["a" => 1, "b" => 2], ["x" => 3, "y" => 4]));
p(array_map(null, [1, 2], ["a", "b", "c"]));
p(array_map(null, ["k" => 1, 2]));
p(array_map(null, [1, 2], []));
p(array_map('double', []));
p(array_map('M::neg', [1, 2]));
p(array_map(['M', 'neg'], [3]));
p(array_map([new M, 'scale'], [1, 2]));
p(array_map('strlen', ["a", "abc"]));
try { p(array_map('boom', [1, 2])); } catch (Throwable $e) { e($e); }
try { p(array_map('nope', [1])); } catch (Throwable $e) { e($e); }
try { p(array_map('nope', [])); } catch (Throwable $e) { e($e); }
try { p(array_map(5, [1])); } catch (Throwable $e) { e($e); }
try { p(array_map(['M', 'missing'], [1])); } catch (Throwable $e) { e($e); }
try { p(array_map('double', 1)); } catch (Throwable $e) { e($e); }
try { p(array_map('add', [1], [2], "x")); } catch (Throwable $e) { e($e); }
try { p(array_map('double')); } catch (Throwable $e) { e($e); }

echo "-- array_filter\n";
$a = ["a" => 1, "b" => 2, "c" => 3, 7 => 4, 8 => 0];
p(array_filter([0, 1, "", "0", "a", null, [], [0], false, 0.0, "0.0"]));
p(array_filter($a, 'odd'));
p(array_filter($a, 'key_is_string', ARRAY_FILTER_USE_KEY));
p(array_filter($a, 'both', ARRAY_FILTER_USE_BOTH));
p(array_filter($a, null));
p(array_filter([], 'odd'));
try { p(array_filter([1], 'boom')); } catch (Throwable $e) { e($e); }
try { p(array_filter([1], 'nope')); } catch (Throwable $e) { e($e); }
try { p(array_filter("x")); } catch (Throwable $e) { e($e); }
try { p(array_filter([1], 'odd', "mode")); } catch (Throwable $e) { e($e); }

echo "-- array_reduce\n";
p(array_reduce([1, 2, 3, 4], 'add'));
p(array_reduce([1, 2, 3, 4], 'add', 10));
p(array_reduce([], 'add'));
p(array_reduce([], 'add', "init"));
p(array_reduce(["a", "b"], 'pair', "start"));
try { p(array_reduce([1], 'boom')); } catch (Throwable $e) { e($e); }
try { p(array_reduce([1], null)); } catch (Throwable $e) { e($e); }
try { p(array_reduce([], 'nope')); } catch (Throwable $e) { e($e); }
try { p(array_reduce([1])); } catch (Throwable $e) { e($e); }
?>
--EXPECT--
-- array_map
[0=>2, 1=>4, 2=>6]
["a"=>2, 5=>4, "b"=>6]
[0=>11, 1=>22, 2=>3]
[0=>"1-3", 1=>"2-4"]
[0=>[0=>1, 1=>"a"], 1=>[0=>2, 1=>"b"], 2=>[0=>null, 1=>"c"]]
["k"=>1, 0=>2]
[0=>[0=>1, 1=>null], 1=>[0=>2, 1=>null]]
[]
[0=>-1, 1=>-2]
[0=>-3]
[0=>3, 1=>6]
[0=>1, 1=>3]
RuntimeException: boom at 1
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, no array or string given
TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, class M does not have a method "missing"
TypeError: array_map(): Argument #2 ($array) must be of type array, int given
TypeError: array_map(): Argument #4 must be of type array, string given
ArgumentCountError: array_map() expects at least 2 arguments, 1 given
-- array_filter
[1=>1, 4=>"a", 7=>[0=>0], 10=>"0.0"]
["a"=>1, "c"=>3]
["a"=>1, "b"=>2, "c"=>3]
["b"=>2, 7=>4]
["a"=>1, "b"=>2, "c"=>3, 7=>4]
[]
RuntimeException: boom at 1
TypeError: array_filter(): Argument #2 ($callback) must be a valid callback or null, function "nope" not found or invalid function name
TypeError: array_filter(): Argument #1 ($array) must be of type array, string given
TypeError: array_filter(): Argument #3 ($mode) must be of type int, string given
-- array_reduce
10
20
null
"init"
"start-a-b"
RuntimeException: boom at 
TypeError: array_reduce(): Argument #2 ($callback) must be a valid callback, no array or string given
TypeError: array_reduce(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
ArgumentCountError: array_reduce() expects at least 2 arguments, 1 given
