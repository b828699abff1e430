--TEST--
print_r of scalars, nested arrays and the return argument
--FILE--
<?php
print_r(42); echo "\n";
print_r(-1.5); echo "\n";
print_r(0.1 + 0.2); echo "\n";
print_r(1e100); echo "\n";
print_r(-0.0); echo "\n";
print_r(2.0); echo "\n";
print_r("string"); echo "\n";
print_r(true); echo "|\n";
print_r(false); echo "|\n";
print_r(null); echo "|\n";
print_r(NAN); echo "\n";
print_r([]);
print_r([1, 2, 3]);
print_r(["a" => 1, "b" => [true, false, null], "c" => ["d" => ["e" => "deep"]], 5 => 2.5]);
print_r([[]]);
print_r([[[]]]);
print_r(["multi\nline" => "value\nwith newline"]);
$r = print_r([1, [2]], true);
var_dump($r);
var_dump(print_r("x", true));
var_dump(print_r(1.0, true));
var_dump(print_r(null, true));
var_dump(print_r([1]));
var_dump(print_r("y"));
try { var_dump(print_r()); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(print_r(1, true, 3)); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { var_dump(print_r(1, [])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
ini_set("precision", "5");
print_r(1/3); echo "\n";
print_r([1/3]);
?>
--EXPECT--
42
-1.5
0.3
1.0E+100
-0
2
string
1|
|
|
NAN
Array
(
)
Array
(
    [0] => 1
    [1] => 2
    [2] => 3
)
Array
(
    [a] => 1
    [b] => Array
        (
            [0] => 1
            [1] => 
            [2] => 
        )

    [c] => Array
        (
            [d] => Array
                (
                    [e] => deep
                )

        )

    [5] => 2.5
)
Array
(
    [0] => Array
        (
        )

)
Array
(
    [0] => Array
        (
            [0] => Array
                (
                )

        )

)
Array
(
    [multi
line] => value
with newline
)
string(82) "Array
(
    [0] => 1
    [1] => Array
        (
            [0] => 2
        )

)
"
string(1) "x"
string(1) "1"
string(0) ""
Array
(
    [0] => 1
)
bool(true)
ybool(true)
ArgumentCountError: print_r() expects at least 1 argument, 0 given
ArgumentCountError: print_r() expects at most 2 arguments, 3 given
TypeError: print_r(): Argument #2 ($return) must be of type bool, array given
0.33333
Array
(
    [0] => 0.33333
)
