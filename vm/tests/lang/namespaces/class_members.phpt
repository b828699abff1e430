--TEST--
Class constants, static properties and static methods through imported aliases
--FILE--
<?php
namespace Lib {
    interface HasVersion { const VERSION = '1.2'; }
    class Registry implements HasVersion {
        public static $items = [];
        const LIMIT = 3;
        public static function add($x) { static::$items[] = $x; return count(self::$items); }
    }
}
namespace App {
    use Lib\Registry as R;
    use Lib\HasVersion;

    echo R::add('a'), R::add('b'), "\n";
    print_r(R::$items);
    echo R::LIMIT, " ", R::VERSION, " ", HasVersion::VERSION, "\n";
    R::$items = ['z'];
    echo \Lib\Registry::$items[0], "\n";
    echo \constant('Lib\Registry::LIMIT'), "\n";
}
--EXPECT--
12
Array
(
    [0] => a
    [1] => b
)
3 1.2 1.2
z
3
