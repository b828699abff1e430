--TEST--
INI names no extension registered can be given but are invisible to ini_get and ini_set
--INI--
foo.bar=1
precision=12
--FILE--
<?php
var_dump(ini_get("foo.bar"), ini_set("foo.bar", "2"), ini_get("foo.bar"));
var_dump(ini_get("precision"), ini_set("precision", "10"), ini_get("precision"));
echo 1/3, "\n";
?>
--EXPECT--
bool(false)
bool(false)
bool(false)
string(2) "12"
string(2) "12"
string(2) "10"
0.3333333333
