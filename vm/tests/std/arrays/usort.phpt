--TEST--
usort, uasort, uksort: callbacks by name or method, php's sort steps (the same comparisons), bool results deprecated, exceptions propagate with the array left as php leaves it
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
function cmp($a, $b) { return $a <=> $b; }
function rev($a, $b) { return $b <=> $a; }
function by_len($a, $b) { return strlen($a) - strlen($b); }
function gt($a, $b) { return $a > $b; }
function half($a, $b) { return ($a - $b) / 10; }
function str_result($a, $b) { return $a < $b ? "-1" : "1"; }
function loud($a, $b) { echo "$a~$b "; return $a <=> $b; }
function thrower($a, $b) { if ($a == 3 || $b == 3) throw new Exception("cannot compare 3"); return $a <=> $b; }
class Sorter {
    static function byLast($a, $b) { return $a[strlen($a) - 1] <=> $b[strlen($b) - 1]; }
    function desc($a, $b) { return $b <=> $a; }
}

$a = [3, 1, 2, 5, 4];
p(usort($a, 'cmp')); p($a);
usort($a, 'rev'); p($a);
$w = ["ccc", "a", "bb", "dd", "e", "fff"];
usort($w, 'by_len'); p($w);
usort($w, 'Sorter::byLast'); p($w);
usort($w, [new Sorter, 'desc']); p($w);
usort($w, ['Sorter', 'byLast']); p($w);
$h = ["x" => 3, "y" => 1, 10 => 2];
usort($h, 'cmp'); p($h);

echo "-- uasort, uksort\n";
$h = ["x" => 3, "y" => 1, 10 => 2, "z" => 1];
p(uasort($h, 'cmp')); p($h);
uasort($h, 'rev'); p($h);
$k = ["banana" => 1, "apple" => 2, "cherry" => 3, "fig" => 4];
p(uksort($k, 'cmp')); p($k);
uksort($k, 'by_len'); p($k);
uksort($k, 'rev'); p($k);

echo "-- results\n";
$b = [3, 1, 2];
usort($b, 'gt'); p($b);
uasort($b, 'gt'); p($b);
$b = [5, 3, 9, 1];
usort($b, 'half'); p($b);
usort($b, 'str_result'); p($b);
$l = [4, 2, 3, 1];
usort($l, 'loud'); echo "\n"; p($l);
$l = [8, 2, 7, 4, 6, 1, 9, 3];
usort($l, 'loud'); echo "\n"; p($l);
$e = [];
try { usort($e, "nope_is_checked_first"); } catch (Throwable $ex) { e($ex); }

echo "-- exceptions\n";
$t = [5, 4, 3, 2, 1];
try { usort($t, 'thrower'); } catch (Exception $ex) { e($ex); }
p($t);
$t = [2, 1];
try { uksort($t, 'thrower'); } catch (Exception $ex) { e($ex); }
p($t);

echo "-- errors\n";
try { $x = [1]; usort($x, 'nope'); } catch (Throwable $ex) { e($ex); }
try { $x = [1]; usort($x); } catch (Throwable $ex) { e($ex); }
try { $x = 1; usort($x, 'cmp'); } catch (Throwable $ex) { e($ex); }
try { $x = [1, 2]; uasort($x, ['Sorter', 'missing']); } catch (Throwable $ex) { e($ex); }
try { $x = [1, 2]; uksort($x, null); } catch (Throwable $ex) { e($ex); }
?>
--EXPECTF--
true
[0=>1, 1=>2, 2=>3, 3=>4, 4=>5]
[0=>5, 1=>4, 2=>3, 3=>2, 4=>1]
[0=>"a", 1=>"e", 2=>"bb", 3=>"dd", 4=>"ccc", 5=>"fff"]
[0=>"a", 1=>"bb", 2=>"ccc", 3=>"dd", 4=>"e", 5=>"fff"]
[0=>"fff", 1=>"e", 2=>"dd", 3=>"ccc", 4=>"bb", 5=>"a"]
[0=>"a", 1=>"bb", 2=>"ccc", 3=>"dd", 4=>"e", 5=>"fff"]
[0=>1, 1=>2, 2=>3]
-- uasort, uksort
true
["y"=>1, "z"=>1, 10=>2, "x"=>3]
["x"=>3, 10=>2, "y"=>1, "z"=>1]
true
["apple"=>2, "banana"=>1, "cherry"=>3, "fig"=>4]
["fig"=>4, "apple"=>2, "banana"=>1, "cherry"=>3]
["fig"=>4, "cherry"=>3, "banana"=>1, "apple"=>2]
-- results

Deprecated: usort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 55
[0=>1, 1=>2, 2=>3]

Deprecated: uasort(): Returning bool from comparison function is deprecated, return an integer less than, equal to, or greater than zero in %s on line 56
[0=>1, 1=>2, 2=>3]
[0=>5, 1=>3, 2=>9, 3=>1]
[0=>1, 1=>3, 2=>5, 3=>9]
4~2 3~2 4~3 4~1 3~1 2~1 
[0=>1, 1=>2, 2=>3, 3=>4]
8~2 8~7 2~7 8~4 7~4 2~4 8~6 7~6 4~6 8~1 7~1 6~1 4~1 2~1 8~9 9~3 7~3 4~3 1~3 2~3 
[0=>1, 1=>2, 2=>3, 3=>4, 4=>6, 5=>7, 6=>8, 7=>9]
TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope_is_checked_first" not found or invalid function name
-- exceptions
Exception: cannot compare 3
[0=>4, 1=>5, 2=>3, 3=>2, 4=>1]
[0=>2, 1=>1]
-- errors
TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name
ArgumentCountError: usort() expects exactly 2 arguments, 1 given
TypeError: usort(): Argument #1 ($array) must be of type array, int given
TypeError: uasort(): Argument #2 ($callback) must be a valid callback, class Sorter does not have a method "missing"
TypeError: uksort(): Argument #2 ($callback) must be a valid callback, no array or string given
