--TEST--
use function and use const, with aliases; functions ignore case
--FILE--
<?php
namespace Math {
    const PI2 = 6.28;
    const Tau = 'tau';
    function double($x) { return $x * 2; }
    function triple($x) { return $x * 3; }
}
namespace App {
    use function Math\double;
    use function Math\triple as thrice;
    use const Math\PI2;
    use const Math\Tau as T;

    echo double(21), "\n";
    echo thrice(5), "\n";
    echo DOUBLE(1), "\n";
    echo Thrice(2), "\n";
    echo PI2, "\n";
    echo T, "\n";
}
--EXPECT--
42
15
2
6
6.28
tau
