--TEST--
array_push, array_pop, array_shift, array_unshift take the array by reference; integer keys renumber as in php
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
$a = [1, 2];
p(array_push($a, 3, 4));
p($a);
p(array_push($a));
$h = ["x" => 1, 10 => 2];
array_push($h, "n");
p($h);
$neg = [-5 => "a"];
array_push($neg, "b");
p($neg);

echo "-- array_pop\n";
$a = [1, 2, 3];
p(array_pop($a));
p($a);
$a[] = "again";
p($a);
$h = ["x" => 1, 5 => 2, "y" => 3];
p(array_pop($h));
$h[] = "n";
p($h);
$h = [3 => "a", 7 => "b"];
p(array_pop($h));
$h[] = "c";
p($h);
$e = [];
p(array_pop($e));
p($e);
$one = [0 => "only"];
p(array_pop($one));
$one[] = "next";
p($one);

echo "-- array_shift\n";
$a = ["a", "b", "c"];
p(array_shift($a));
p($a);
$h = [5 => "a", "k" => "b", 9 => "c"];
p(array_shift($h));
p($h);
$h[] = "d";
p($h);
$s = ["k" => 1, "j" => 2];
p(array_shift($s));
p($s);
$e = [];
p(array_shift($e));
p($e);

echo "-- array_unshift\n";
$a = [1, 2];
p(array_unshift($a, "x", "y"));
p($a);
$h = [5 => "a", "k" => "b", 9 => "c"];
p(array_unshift($h, "z"));
p($h);
p(array_unshift($h));
p($h);

echo "-- errors\n";
try { $n = null; array_push($n, 1); } catch (Throwable $e) { e($e); }
try { $n = "str"; array_pop($n); } catch (Throwable $e) { e($e); }
try { $n = 1.5; array_shift($n); } catch (Throwable $e) { e($e); }
try { $n = true; array_unshift($n, 1); } catch (Throwable $e) { e($e); }
try { array_pop(); } catch (Throwable $e) { e($e); }
try { $x = [PHP_INT_MAX => 1]; array_push($x, 2); } catch (Throwable $e) { e($e); }
p($x);
$r = [1, 2];
$alias = &$r;
array_push($alias, 3);
p($r);
?>
--EXPECT--
4
[0=>1, 1=>2, 2=>3, 3=>4]
4
["x"=>1, 10=>2, 11=>"n"]
[-5=>"a", -4=>"b"]
-- array_pop
3
[0=>1, 1=>2]
[0=>1, 1=>2, 2=>"again"]
3
["x"=>1, 5=>2, 6=>"n"]
"b"
[3=>"a", 7=>"c"]
null
[]
"only"
[0=>"next"]
-- array_shift
"a"
[0=>"b", 1=>"c"]
"a"
["k"=>"b", 0=>"c"]
["k"=>"b", 0=>"c", 1=>"d"]
1
["j"=>2]
null
[]
-- array_unshift
4
[0=>"x", 1=>"y", 2=>1, 3=>2]
4
[0=>"z", 1=>"a", "k"=>"b", 2=>"c"]
4
[0=>"z", 1=>"a", "k"=>"b", 2=>"c"]
-- errors
TypeError: array_push(): Argument #1 ($array) must be of type array, null given
TypeError: array_pop(): Argument #1 ($array) must be of type array, string given
TypeError: array_shift(): Argument #1 ($array) must be of type array, float given
TypeError: array_unshift(): Argument #1 ($array) must be of type array, bool given
ArgumentCountError: array_pop() expects exactly 1 argument, 0 given
Error: Cannot add element to the array as the next element is already occupied
[9223372036854775807=>1]
[0=>1, 1=>2, 2=>3]
