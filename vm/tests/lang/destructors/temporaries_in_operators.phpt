--TEST--
Temporary objects used by echo, concatenation, instanceof, a condition, a property fetch or a call are released right after
--FILE--
<?php
class S { function __construct(public $n) {} function __toString() { return "S{$this->n}"; } function __destruct() { echo "destroy S{$this->n}\n"; } }
echo new S(1), "\n";
echo "after echo\n";
$s = "x" . new S(2);
echo "after concat $s\n";
$t = new S(3) . "y";
echo "after concat2 $t\n";
function f() { return new S(4); }
echo f()->n, "\n";
echo "after f()->n\n";
var_dump(new S(5) instanceof S);
echo "after instanceof\n";
if (new S(6)) { echo "in if\n"; }
echo "after if\n";
$arr = [1, 2];
$arr[] = new S(7);
array_pop($arr);
echo "after pop\n";
print_r([new S(8)]);
echo "after print_r\n";
$y = (new S(10))->n + 1;
echo "after prop $y\n";
echo strlen(new S(11)), "\n";
echo "end\n";
--EXPECT--
S1destroy S1

after echo
destroy S2
after concat xS2
destroy S3
after concat2 S3y
destroy S4
4
after f()->n
destroy S5
bool(true)
after instanceof
destroy S6
in if
after if
destroy S7
after pop
Array
(
    [0] => S Object
        (
            [n] => 8
        )

)
destroy S8
after print_r
destroy S10
after prop 11
destroy S11
3
end
