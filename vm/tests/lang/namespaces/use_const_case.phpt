--TEST--
use const aliases are case-sensitive
--FILE--
<?php
namespace Lib {
    const VALUE = 'upper';
    const value = 'lower';
}
namespace App {
    use const Lib\VALUE;
    use const Lib\value;
    use const Lib\VALUE as Alias;

    echo VALUE, " ", value, " ", Alias, "\n";
    try {
        echo ALIAS, "\n";
    } catch (\Error $e) {
        echo $e->getMessage(), "\n";
    }
}
--EXPECT--
upper lower upper
Undefined constant "App\ALIAS"
