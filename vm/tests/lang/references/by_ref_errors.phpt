--TEST--
Passing a non-variable by reference
--FILE--
<?php
function f(&$x) { $x = 1; return "called"; }
function g() { return 5; }
echo f(g()), "\n";
try {
    f(3);
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
echo "end\n";
?>
--EXPECTF--

Notice: Only variables should be passed by reference in %s on line 4
called
Error: f(): Argument #1 ($x) cannot be passed by reference
end
