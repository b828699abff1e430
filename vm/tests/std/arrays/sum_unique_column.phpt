--TEST--
array_sum and array_product (php 8.2 skips arrays and objects), array_unique with its flags, array_column over arrays and objects
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
p(array_sum([1, 2, 3]));
p(array_sum([1, 2.5]));
p(array_sum([]));
p(array_sum(["3", "4.5", "abc", "2x", null, true, false, [10], new stdClass]));
p(array_sum([PHP_INT_MAX, 1]));
p(array_product([2, 3]));
p(array_product([]));
p(array_product(["2", 1.5]));
p(array_product([2, "x"]));
p(array_product([[5], 2]));
p(array_product([PHP_INT_MAX, 2]));
try { p(array_sum(5)); } catch (Throwable $e) { e($e); }
try { p(array_product()); } catch (Throwable $e) { e($e); }

echo "-- array_unique\n";
p(array_unique([1, "1", 2, 2.0, "a", "A", "a"]));
p(array_unique(["b" => 1, "a" => 1, "c" => 2]));
p(array_unique([4, "4", "3", 4, 3, "3"]));
p(array_unique(["1e1", "10", 10]));
p(array_unique(["1e1", "10", 10], SORT_REGULAR));
p(array_unique(["1e1", "10", 10], SORT_NUMERIC));
p(array_unique(["a", "A", "b", "B"], SORT_STRING | SORT_FLAG_CASE));
p(array_unique([1, "1", 1.0, true, "a", "A", 0, "", null, false], SORT_REGULAR));
p(array_unique([3, 1, 3, 2, 1], SORT_NUMERIC));
p(array_unique([]));
p(array_unique([5 => "only"]));
p(array_unique([[1], [1], [2]], SORT_REGULAR));
try { p(array_unique("x")); } catch (Throwable $e) { e($e); }

echo "-- array_column\n";
$rows = [
    ["id" => 3, "name" => "ann", "tags" => ["a"]],
    ["id" => 5, "name" => "bob"],
    ["name" => "cy"],
    "not a row",
    ["id" => "x7", "name" => "dee"],
];
p(array_column($rows, "name"));
p(array_column($rows, "name", "id"));
p(array_column($rows, "id"));
p(array_column($rows, null, "name"));
p(array_column($rows, "tags"));
p(array_column([[10, 20], [30, 40]], 1));
p(array_column([[10, 20], [30, 40]], 1, 0));
p(array_column([["k" => 1.5, "v" => 1], ["k" => true, "v" => 2], ["k" => null, "v" => 3]], "v", "k"));
class Row {
    public $id;
    public $name;
    private $secret = "s";
    function __construct($id, $name) { $this->id = $id; $this->name = $name; }
}
p(array_column([new Row(1, "one"), new Row(2, "two")], "name", "id"));
p(array_column([new Row(1, "one")], "secret"));
p(array_column([], "x"));
try { p(array_column($rows, [])); } catch (Throwable $e) { e($e); }
try { p(array_column($rows, "name", new stdClass)); } catch (Throwable $e) { e($e); }
try { p(array_column([["k" => [], "v" => 1]], "v", "k")); } catch (Throwable $e) { e($e); }
try { p(array_column("x", "name")); } catch (Throwable $e) { e($e); }
?>
--EXPECTF--
6
float(3.5)
0
float(10.5)
float(9.2233720368548E+18)
6
1
float(3)
0
2
float(1.844674407371E+19)
TypeError: array_sum(): Argument #1 ($array) must be of type array, int given
ArgumentCountError: array_product() expects exactly 1 argument, 0 given
-- array_unique
[0=>1, 2=>2, 4=>"a", 5=>"A"]
["b"=>1, "c"=>2]
[0=>4, 2=>"3"]
[0=>"1e1", 1=>"10"]
[0=>"1e1"]
[0=>"1e1"]
[0=>"a", 2=>"b"]
[0=>1, 4=>"a", 5=>"A", 6=>0, 7=>""]
[0=>3, 1=>1, 3=>2]
[]
[5=>"only"]
[0=>[0=>1], 2=>[0=>2]]
TypeError: array_unique(): Argument #1 ($array) must be of type array, string given
-- array_column
[0=>"ann", 1=>"bob", 2=>"cy", 3=>"dee"]
[3=>"ann", 5=>"bob", 6=>"cy", "x7"=>"dee"]
[0=>3, 1=>5, 2=>"x7"]
["ann"=>["id"=>3, "name"=>"ann", "tags"=>[0=>"a"]], "bob"=>["id"=>5, "name"=>"bob"], "cy"=>["name"=>"cy"], 0=>"not a row", "dee"=>["id"=>"x7", "name"=>"dee"]]
[0=>[0=>"a"]]
[0=>20, 1=>40]
[10=>20, 30=>40]

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 64
[1=>2, ""=>3]
[1=>"one", 2=>"two"]
[]
[]
TypeError: array_column(): Argument #2 ($column_key) must be of type string|int|null, array given
TypeError: array_column(): Argument #3 ($index_key) must be of type string|int|null, stdClass given
TypeError: Illegal offset type
TypeError: array_column(): Argument #1 ($array) must be of type array, string given
