--TEST--
print_r of objects with __debugInfo (var_export ignores it)
--FILE--
<?php
class D { private $secret = 1; public $pub = 2; function __debugInfo() { return ['shown' => $this->pub * 10, 'list' => [1]]; } }
class N { public $x = 1; function __debugInfo() { return null; } }
class I { function __debugInfo() { return 5; } }
print_r(new D);
echo "\n";
print_r([new D, new N]);
var_dump(print_r(new N, true));
var_export(new D);
echo "\n";
print_r(new I);
echo "not reached\n";
?>
--EXPECTF--
D Object
(
    [shown] => 20
    [list] => Array
        (
            [0] => 1
        )

)

Array
(
    [0] => D Object
        (
            [shown] => 20
            [list] => Array
                (
                    [0] => 1
                )

        )

    [1] => N Object
        (
        )

)
string(13) "N Object
(
)
"
\D::__set_state(array(
   'secret' => 1,
   'pub' => 2,
))

Fatal error: __debuginfo() must return an array in %s on line 11
