--TEST--
The internal pointer: current/pos, key, next, prev, reset, end; copies keep their own pointer; removals, appends and the array functions move it as in php
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
$a = ["x" => 1, "y" => 2, 5 => 3];
p(current($a)); p(key($a));
p(next($a)); p(key($a));
p(next($a)); p(key($a));
p(next($a)); p(key($a)); p(current($a));
p(prev($a));
p(end($a)); p(key($a));
p(prev($a)); p(pos($a));
p(reset($a)); p(key($a));
p(prev($a)); p(key($a));
$e = [];
p(current($e)); p(key($e)); p(next($e)); p(prev($e)); p(reset($e)); p(end($e));
$f = [false, null];
p(current($f)); p(next($f)); p(next($f));

echo "-- moves\n";
$a = [1]; next($a); $a[] = 2; p(current($a));
$a = [1]; prev($a); $a[] = 2; p(current($a)); p(key($a));
$a = [1, 2, 3]; next($a); $b = $a; next($b); p(current($a)); p(current($b));
$a = [1, 2, 3]; next($a); unset($a[1]); p(current($a));
$a = [1, 2, 3]; end($a); array_pop($a); p(current($a));
$a = [3, 1, 2]; next($a); sort($a); p(current($a));
$a = [3, 1, 2]; next($a); array_push($a, 5); p(current($a));
$a = [3, 1, 2]; next($a); array_shift($a); p(current($a));
$a = [3, 1, 2]; next($a); array_unshift($a, 0); p(current($a));
$a = [3, 1, 2]; next($a); foreach ($a as $v) {} p(current($a));
$a = [3, 1, 2]; end($a); $a[] = 9; p(current($a));
$big = [];
for ($i = 0; $i < 40; $i++) $big["k$i"] = $i;
for ($i = 0; $i < 30; $i++) next($big);
for ($i = 0; $i < 25; $i++) unset($big["k$i"]);
p(key($big));
unset($big["k30"]);
p(current($big));
p(prev($big)); p(key($big));
p(end($big)); p(prev($big));
function first_of($arr) { return reset($arr); }
$c = [7, 8]; end($c);
p(first_of($c)); p(current($c));

echo "-- errors\n";
try { p(current(1)); } catch (Throwable $e) { e($e); }
try { $x = "s"; next($x); } catch (Throwable $e) { e($e); }
try { p(key()); } catch (Throwable $e) { e($e); }
try { $x = [1]; p(end($x, 1)); } catch (Throwable $e) { e($e); }
?>
--EXPECT--
1
"x"
2
"y"
3
5
false
null
false
false
3
5
2
2
1
"x"
false
null
false
null
false
false
false
false
false
null
false
-- moves
2
2
1
2
3
3
1
1
1
1
0
1
2
"k30"
31
29
"k29"
39
38
7
8
-- errors
TypeError: current(): Argument #1 ($array) must be of type array, int given
TypeError: next(): Argument #1 ($array) must be of type array, string given
ArgumentCountError: key() expects exactly 1 argument, 0 given
ArgumentCountError: end() expects exactly 1 argument, 2 given
