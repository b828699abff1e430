--TEST--
Namespaced functions and classes are usable before their declaration
--FILE--
<?php
namespace First {
    // Functions and classes are usable before their declaration.
    echo later(), "\n";
    echo get_class(new \Second\Late), "\n";
    echo \Second\helper(), "\n";
    function later() { return __FUNCTION__; }
}
namespace Second {
    class Late {}
    function helper() { return __FUNCTION__; }
}
--EXPECT--
First\later
Second\Late
Second\helper
