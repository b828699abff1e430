--TEST--
strict_types: coercive caller
--FILE--
<?php
// No strict_types here: calls from this file coerce, even to functions
// declared in strict files (the caller's file decides).
function takesInt(int $x) { var_dump($x); }
takesInt("42");
takesInt(4.0);
echo strlen(12345), "\n";
--EXPECTF--
int(42)
int(4)
5
