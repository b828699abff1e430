--TEST--
Braced namespace blocks and the global namespace block
--FILE--
<?php
namespace Lib {
    function hello() { return "hello from " . __NAMESPACE__; }
    class Tool {}
}

namespace Lib\Sub {
    function hello() { return "hello from " . __NAMESPACE__; }
}

namespace {
    echo Lib\hello(), "\n";
    echo Lib\Sub\hello(), "\n";
    echo \Lib\hello(), "\n";
    var_dump(__NAMESPACE__);
    echo get_class(new Lib\Tool), "\n";
    function hello() { return "global hello"; }
    echo hello(), "\n";
}
--EXPECT--
hello from Lib
hello from Lib\Sub
hello from Lib
string(0) ""
Lib\Tool
global hello
