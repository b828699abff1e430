--TEST--
isset, empty and unset on variables, array elements and string offsets
--FILE--
<?php
$a = ["zero" => 0, "null" => null, "str" => "", "arr" => [1], "nested" => ["x" => 1]];
var_dump(isset($a["zero"]), isset($a["null"]), isset($a["missing"]), isset($a["nested"]["x"]), isset($a["nested"]["y"]));
var_dump(empty($a["zero"]), empty($a["str"]), empty($a["arr"]), empty($a["missing"]), empty($undefined));
$v = 1;
var_dump(isset($v), isset($v, $a), isset($v, $nope));
unset($v);
var_dump(isset($v));
$s = "abc";
var_dump(isset($s[1]), isset($s[5]), $s[0], $s[-1]);
--EXPECT--
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
string(1) "a"
string(1) "c"
