--TEST--
Imports in the braced global namespace block
--FILE--
<?php
namespace Util\Text {
    function shout($s) { return strtoupper($s) . "!"; }
    class Slug { public static function of($s) { return str_replace(' ', '-', strtolower($s)); } }
}
namespace {
    use Util\Text\Slug;
    use function Util\Text\shout;

    echo shout("hey"), "\n";
    echo Slug::of("Hello World"), "\n";
    echo __NAMESPACE__ === "" ? "global" : "other", "\n";
}
--EXPECT--
HEY!
hello-world
global
