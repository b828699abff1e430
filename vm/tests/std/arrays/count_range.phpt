--TEST--
count and sizeof (COUNT_RECURSIVE), range over ints, floats and characters with php 8.2's rules and errors
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
p(count([]));
p(count([1, 2, [3, 4, [5]]]));
p(count([1, 2, [3, 4, [5]]], COUNT_RECURSIVE));
p(sizeof([1, [2, 3]], 1));
p(count([1, 2], COUNT_NORMAL));
try { p(count(null)); } catch (Throwable $e) { e($e); }
try { p(count("abc")); } catch (Throwable $e) { e($e); }
try { p(sizeof(1)); } catch (Throwable $e) { e($e); }
try { p(count([], 2)); } catch (Throwable $e) { e($e); }
try { p(count()); } catch (Throwable $e) { e($e); }
try { p(count([], 0, 1)); } catch (Throwable $e) { e($e); }

echo "-- ints\n";
p(range(1, 5));
p(range(5, 1));
p(range(0, 10, 3));
p(range(10, 0, -3));
p(range(-2, 2, 2));
p(range(3, 3));
p(range("1", "4"));
p(range("5", 2));
p(range(1, "3"));
p(range(true, 3));
p(range(null, 2));
p(range("a", 2));
p(range(PHP_INT_MAX - 2, PHP_INT_MAX));
p(range(PHP_INT_MIN, PHP_INT_MIN + 4, 2));

echo "-- floats\n";
p(range(0, 1, 0.25));
p(range(1, 0, 0.25));
p(range(0.5, 3));
p(range(3, 0.5));
p(range("1.5", "3"));
p(range(1.0, 1.0));
p(range(0, 1, 0.3));
p(range(1, 2, "0.5"));

echo "-- characters\n";
p(range("a", "e"));
p(range("e", "a"));
p(range("a", "z", 5));
p(range("z", "a", 10));
p(range("A", "c", 10));
p(range("aa", "cc"));
p(range("x", "x"));
p(range("a", "e", 2.0));
p(range("", "c"));
p(range("~", "a", 20));
p(count(range("\xfa", "\xff", 3)));
p(range("\xff", "\xfa", 3)[1] == "\xfc");

echo "-- errors\n";
try { p(range(1, 2, 0)); } catch (Throwable $e) { e($e); }
try { p(range(1, 1, 0)); } catch (Throwable $e) { e($e); }
try { p(range(1, 2, 5)); } catch (Throwable $e) { e($e); }
try { p(range(1.0, 2.0, 1.5)); } catch (Throwable $e) { e($e); }
try { p(range(1.0, 2.0, 0)); } catch (Throwable $e) { e($e); }
try { p(range("a", "c", 3)); } catch (Throwable $e) { e($e); }
try { p(range("a", "c", 0)); } catch (Throwable $e) { e($e); }
try { p(range(1, 2, "x")); } catch (Throwable $e) { e($e); }
try { p(range(1, 2, [])); } catch (Throwable $e) { e($e); }
try { p(range(0, INF)); } catch (Throwable $e) { e($e); }
try { p(range(-INF, 0)); } catch (Throwable $e) { e($e); }
try { p(range(0, 2 ** 40)); } catch (Throwable $e) { e($e); }
try { p(range(2 ** 40, 0)); } catch (Throwable $e) { e($e); }
try { p(range(0.0, 1e12)); } catch (Throwable $e) { e($e); }
try { p(range(PHP_INT_MIN, PHP_INT_MAX)); } catch (Throwable $e) { e($e); }
try { p(range(1)); } catch (Throwable $e) { e($e); }
try { p(range(1, 2, 3, 4)); } catch (Throwable $e) { e($e); }
try { p(range(1, 2, null)); } catch (Throwable $e) { e($e); }
p(range(1, 3, true));
?>
--EXPECTF--
0
3
7
4
2
TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given
TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given
TypeError: sizeof(): Argument #1 ($value) must be of type Countable|array, int given
ValueError: count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE
ArgumentCountError: count() expects at least 1 argument, 0 given
ArgumentCountError: count() expects at most 2 arguments, 3 given
-- ints
[0=>1, 1=>2, 2=>3, 3=>4, 4=>5]
[0=>5, 1=>4, 2=>3, 3=>2, 4=>1]
[0=>0, 1=>3, 2=>6, 3=>9]
[0=>10, 1=>7, 2=>4, 3=>1]
[0=>-2, 1=>0, 2=>2]
[0=>3]
[0=>1, 1=>2, 2=>3, 3=>4]
[0=>5, 1=>4, 2=>3, 3=>2]
[0=>1, 1=>2, 2=>3]
[0=>1, 1=>2, 2=>3]
[0=>0, 1=>1, 2=>2]
[0=>0, 1=>1, 2=>2]
[0=>9223372036854775805, 1=>9223372036854775806, 2=>9223372036854775807]
[0=>-9223372036854775808, 1=>-9223372036854775806, 2=>-9223372036854775804]
-- floats
[0=>float(0), 1=>float(0.25), 2=>float(0.5), 3=>float(0.75), 4=>float(1)]
[0=>float(1), 1=>float(0.75), 2=>float(0.5), 3=>float(0.25), 4=>float(0)]
[0=>float(0.5), 1=>float(1.5), 2=>float(2.5)]
[0=>float(3), 1=>float(2), 2=>float(1)]
[0=>float(1.5), 1=>float(2.5)]
[0=>float(1)]
[0=>float(0), 1=>float(0.3), 2=>float(0.6), 3=>float(0.9)]
[0=>float(1), 1=>float(1.5), 2=>float(2)]
-- characters
[0=>"a", 1=>"b", 2=>"c", 3=>"d", 4=>"e"]
[0=>"e", 1=>"d", 2=>"c", 3=>"b", 4=>"a"]
[0=>"a", 1=>"f", 2=>"k", 3=>"p", 4=>"u", 5=>"z"]
[0=>"z", 1=>"p", 2=>"f"]
[0=>"A", 1=>"K", 2=>"U", 3=>"_"]
[0=>"a", 1=>"b", 2=>"c"]
[0=>"x"]
[0=>float(0)]
[0=>0]
[0=>"~", 1=>"j"]
2
true
-- errors
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
ValueError: range(): Argument #3 ($step) must not exceed the specified range
TypeError: range(): Argument #3 ($step) must be of type int|float, string given
TypeError: range(): Argument #3 ($step) must be of type int|float, array given
ValueError: Invalid range supplied: start=0 end=inf
ValueError: Invalid range supplied: start=inf end=0
ValueError: The supplied range exceeds the maximum array size: start=0 end=1099511627776
ValueError: The supplied range exceeds the maximum array size: start=0 end=1099511627776
ValueError: The supplied range exceeds the maximum array size: start=0 end=1000000000000
ValueError: The supplied range exceeds the maximum array size: start=-9223372036854775808 end=9223372036854775807
ArgumentCountError: range() expects at least 2 arguments, 1 given
ArgumentCountError: range() expects at most 3 arguments, 4 given

Deprecated: range(): Passing null to parameter #3 ($step) of type int|float is deprecated in %s on line 90
ValueError: range(): Argument #3 ($step) must not exceed the specified range
[0=>1, 1=>2, 2=>3]
