--TEST--
Argument coercion and errors of the array functions: null to scalar parameters is deprecated, numeric strings and floats coerce, wrong types throw
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
p(array_slice([1, 2, 3], null));
p(array_slice([1, 2, 3], "1", "1"));
p(array_slice([1, 2, 3], 1.0, null, 1));
p(array_slice([1, 2, 3], 1.5));
p(array_chunk([1, 2, 3], "2"));
p(array_chunk([1, 2, 3], 2, null));
p(array_fill(null, 1, 0));
p(array_pad([1], "3", null));
p(array_keys([1, "1"], 1, null));
p(array_reverse([1, 2], "yes"));
p(array_unique([1, "1"], null));
p(array_filter([0, 1, 2], null, null));
$s = [3, 1, 2];
p(sort($s, null)); p($s);
p(count([1], null));
p(range("5", "1", "2"));
p(range(1, 3, 1.0));
try { p(array_slice([1], [])); } catch (Throwable $e) { e($e); }
try { p(array_slice([1], 0, "x")); } catch (Throwable $e) { e($e); }
try { p(array_slice([1], 1e30)); } catch (Throwable $e) { e($e); }
try { p(array_chunk([1], new stdClass)); } catch (Throwable $e) { e($e); }
try { p(array_keys()); } catch (Throwable $e) { e($e); }
try { p(array_keys([1], 1, false, 4)); } catch (Throwable $e) { e($e); }
try { p(array_values([1], 2)); } catch (Throwable $e) { e($e); }
try { p(array_key_first(null)); } catch (Throwable $e) { e($e); }
try { p(array_key_last("abc")); } catch (Throwable $e) { e($e); }
try { p(array_flip(1.5)); } catch (Throwable $e) { e($e); }
try { p(array_sum([1], [2])); } catch (Throwable $e) { e($e); }
try { p(array_reverse([1], [])); } catch (Throwable $e) { e($e); }
try { p(array_count_values(true)); } catch (Throwable $e) { e($e); }
try { p(array_column([], "a", "b", "c")); } catch (Throwable $e) { e($e); }
try { p(array_pad([1], 3.5, 0)); } catch (Throwable $e) { e($e); }
try { p(in_array(1, [1], [])); } catch (Throwable $e) { e($e); }
try { $x = [1]; p(array_splice($x, "a")); } catch (Throwable $e) { e($e); }
p($x);
try { $x = [1, 2]; p(array_splice($x, 0, [])); } catch (Throwable $e) { e($e); }
p($x);
?>
--EXPECTF--

Deprecated: array_slice(): Passing null to parameter #2 ($offset) of type int is deprecated in %s on line 20
[0=>1, 1=>2, 2=>3]
[0=>2]
[1=>2, 2=>3]

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 23
[0=>2, 1=>3]
[0=>[0=>1, 1=>2], 1=>[0=>3]]

Deprecated: array_chunk(): Passing null to parameter #3 ($preserve_keys) of type bool is deprecated in %s on line 25
[0=>[0=>1, 1=>2], 1=>[0=>3]]

Deprecated: array_fill(): Passing null to parameter #1 ($start_index) of type int is deprecated in %s on line 26
[0=>0]
[0=>1, 1=>null, 2=>null]

Deprecated: array_keys(): Passing null to parameter #3 ($strict) of type bool is deprecated in %s on line 28
[0=>0, 1=>1]
[1=>2, 0=>1]

Deprecated: array_unique(): Passing null to parameter #2 ($flags) of type int is deprecated in %s on line 30
[0=>1]

Deprecated: array_filter(): Passing null to parameter #3 ($mode) of type int is deprecated in %s on line 31
[1=>1, 2=>2]

Deprecated: sort(): Passing null to parameter #2 ($flags) of type int is deprecated in %s on line 33
true
[0=>1, 1=>2, 2=>3]

Deprecated: count(): Passing null to parameter #2 ($mode) of type int is deprecated in %s on line 34
1
[0=>5, 1=>3, 2=>1]
[0=>float(1), 1=>float(2), 2=>float(3)]
TypeError: array_slice(): Argument #2 ($offset) must be of type int, array given
TypeError: array_slice(): Argument #3 ($length) must be of type ?int, string given
TypeError: array_slice(): Argument #2 ($offset) must be of type int, float given
TypeError: array_chunk(): Argument #2 ($length) must be of type int, stdClass given
ArgumentCountError: array_keys() expects at least 1 argument, 0 given
ArgumentCountError: array_keys() expects at most 3 arguments, 4 given
ArgumentCountError: array_values() expects exactly 1 argument, 2 given
TypeError: array_key_first(): Argument #1 ($array) must be of type array, null given
TypeError: array_key_last(): Argument #1 ($array) must be of type array, string given
TypeError: array_flip(): Argument #1 ($array) must be of type array, float given
ArgumentCountError: array_sum() expects exactly 1 argument, 2 given
TypeError: array_reverse(): Argument #2 ($preserve_keys) must be of type bool, array given
TypeError: array_count_values(): Argument #1 ($array) must be of type array, bool given
ArgumentCountError: array_column() expects at most 3 arguments, 4 given

Deprecated: Implicit conversion from float 3.5 to int loses precision in %s on line 51
[0=>1, 1=>0, 2=>0]
TypeError: in_array(): Argument #3 ($strict) must be of type bool, array given
TypeError: array_splice(): Argument #2 ($offset) must be of type int, string given
[0=>1]
TypeError: array_splice(): Argument #3 ($length) must be of type ?int, array given
[0=>1, 1=>2]
