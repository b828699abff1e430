--TEST--
sort, rsort, asort, arsort, ksort, krsort: stable, php 8 loose comparison for SORT_REGULAR, and the SORT_NUMERIC, SORT_STRING, SORT_FLAG_CASE and SORT_NATURAL flags
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
$a = [3, "10", 1, "9", 2.5, "abc", true, null, "1e1"];
$s = $a; p(sort($s)); p($s);
$s = $a; rsort($s); p($s);
$s = $a; sort($s, SORT_STRING); p($s);
$s = $a; sort($s, SORT_NUMERIC); p($s);
$s = ["b", "B", "a", "C", "c", "A"];
sort($s); p($s);
sort($s, SORT_STRING | SORT_FLAG_CASE); p($s);
rsort($s, SORT_STRING | SORT_FLAG_CASE); p($s);
$s = ["img12.png", "img10.png", "IMG2.png", "img1.png", "img02.png"];
sort($s, SORT_NATURAL); p($s);
sort($s, SORT_NATURAL | SORT_FLAG_CASE); p($s);
$s = [];
sort($s); p($s);
$s = ["k" => 2, "j" => 1];
sort($s); p($s);

echo "-- stable\n";
$s = ["x" => 1, "y" => "1", "z" => 1.0, "w" => 0, "v" => true];
asort($s); p($s);
arsort($s); p($s);
$s = ["b" => 1, "a" => 1, "c" => 0];
asort($s); p($s);
arsort($s); p($s);

echo "-- asort, arsort\n";
$h = ["x" => 3, 10 => 1, "y" => 2, 5 => 1];
asort($h); p($h);
arsort($h); p($h);
asort($h, SORT_STRING); p($h);
$h = ["a" => "10", "b" => "9", "c" => "9.5"];
asort($h); p($h);
asort($h, SORT_STRING); p($h);

echo "-- ksort, krsort\n";
$k = ["b" => 1, 10 => 2, "a" => 3, 5 => 4, "1e1" => 6, -1 => 7, "" => 8];
ksort($k); p($k);
krsort($k); p($k);
ksort($k, SORT_STRING); p($k);
ksort($k, SORT_NUMERIC); p($k);
$k = [3 => "c", 1 => "a", 2 => "b"];
ksort($k); p($k);
$k[] = "d"; p($k);

echo "-- nested and mixed\n";
$n = [[2, 1], [1], [1, 2], [0, 5]];
sort($n); p($n);
$n = [1.5, NAN, -1, INF, -INF, 0];
sort($n); p(count($n));
$m = [false, 0, "", null, "0", []];
sort($m); p($m);

echo "-- errors\n";
try { $x = "str"; sort($x); } catch (Throwable $e) { e($e); }
try { sort(); } catch (Throwable $e) { e($e); }
try { $x = [2, 1]; sort($x, "flags"); } catch (Throwable $e) { e($e); }
try { $x = [2, 1]; ksort($x, 1, 2); } catch (Throwable $e) { e($e); }
$x = [2, 1];
sort($x, 99);
p($x);
?>
--EXPECT--
true
[0=>null, 1=>1, 2=>float(2.5), 3=>3, 4=>"9", 5=>"10", 6=>"abc", 7=>true, 8=>"1e1"]
[0=>"abc", 1=>"10", 2=>"1e1", 3=>"9", 4=>3, 5=>float(2.5), 6=>1, 7=>true, 8=>null]
[0=>null, 1=>1, 2=>true, 3=>"10", 4=>"1e1", 5=>float(2.5), 6=>3, 7=>"9", 8=>"abc"]
[0=>"abc", 1=>null, 2=>1, 3=>true, 4=>float(2.5), 5=>3, 6=>"9", 7=>"10", 8=>"1e1"]
[0=>"A", 1=>"B", 2=>"C", 3=>"a", 4=>"b", 5=>"c"]
[0=>"A", 1=>"a", 2=>"B", 3=>"b", 4=>"C", 5=>"c"]
[0=>"C", 1=>"c", 2=>"B", 3=>"b", 4=>"A", 5=>"a"]
[0=>"IMG2.png", 1=>"img02.png", 2=>"img1.png", 3=>"img10.png", 4=>"img12.png"]
[0=>"img02.png", 1=>"img1.png", 2=>"IMG2.png", 3=>"img10.png", 4=>"img12.png"]
[]
[0=>1, 1=>2]
-- stable
["w"=>0, "x"=>1, "y"=>"1", "z"=>float(1), "v"=>true]
["x"=>1, "y"=>"1", "z"=>float(1), "v"=>true, "w"=>0]
["c"=>0, "b"=>1, "a"=>1]
["b"=>1, "a"=>1, "c"=>0]
-- asort, arsort
[10=>1, 5=>1, "y"=>2, "x"=>3]
["x"=>3, "y"=>2, 10=>1, 5=>1]
[10=>1, 5=>1, "y"=>2, "x"=>3]
["b"=>"9", "c"=>"9.5", "a"=>"10"]
["a"=>"10", "b"=>"9", "c"=>"9.5"]
-- ksort, krsort
[""=>8, -1=>7, 5=>4, 10=>2, "1e1"=>6, "a"=>3, "b"=>1]
["b"=>1, "a"=>3, 10=>2, "1e1"=>6, 5=>4, -1=>7, ""=>8]
[""=>8, -1=>7, 10=>2, "1e1"=>6, 5=>4, "a"=>3, "b"=>1]
[-1=>7, ""=>8, "a"=>3, "b"=>1, 5=>4, 10=>2, "1e1"=>6]
[1=>"a", 2=>"b", 3=>"c"]
[1=>"a", 2=>"b", 3=>"c", 4=>"d"]
-- nested and mixed
[0=>[0=>1], 1=>[0=>0, 1=>5], 2=>[0=>1, 1=>2], 3=>[0=>2, 1=>1]]
6
[0=>false, 1=>"", 2=>0, 3=>null, 4=>"0", 5=>[]]
-- errors
TypeError: sort(): Argument #1 ($array) must be of type array, string given
ArgumentCountError: sort() expects at least 1 argument, 0 given
TypeError: sort(): Argument #2 ($flags) must be of type int, string given
ArgumentCountError: ksort() expects at most 2 arguments, 3 given
[0=>1, 1=>2]
