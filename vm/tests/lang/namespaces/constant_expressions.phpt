--TEST--
Global constants in class constants, property and parameter defaults inside a namespace
--FILE--
<?php
namespace Conf;


class Settings {
    const MAX = PHP_INT_MAX;
    const EOL = PHP_EOL;
    public $sep = PHP_EOL;
}

function size($n = PHP_INT_SIZE) { return $n; }

var_dump(Settings::MAX === \PHP_INT_MAX, Settings::EOL === "\n", (new Settings)->sep === "\n");
var_dump(size());
--EXPECT--
bool(true)
bool(true)
bool(true)
int(8)
