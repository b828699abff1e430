--TEST--
get_class() of an anonymous class holds a NUL byte, the file, the line and a key
--FILE--
<?php
$o = new class {};
echo get_class($o), "\n";
echo (function () { return new class { function n() { return self::class; } }; })()->n(), "\n";
--EXPECTF--
class@anonymous%0%s:2$0
class@anonymous%0%s:4$1
