--TEST--
comparison operators with php 8 semantics
--FILE--
<?php
var_dump(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 1 == 1.0, 1 === 1.0, 1 != 2, 1 !== "1", 1 <> 2);
var_dump("abc" == "abc", "abc" < "abd", "10" == "1e1", "10" < "9", "10" < "9a", "abc" == 0, null == false, [] == false);
var_dump("1" == "01", "100" == "1e2", " 1" == "1", null < -1, true > 10, "" < null);
var_dump(1 <=> 2, "a" <=> "a", [1, 2] <=> [1, 3], 2.5 <=> 1);
var_dump([1, 2] == [1, 2], [1, 2] === [2 => 1], ["a" => 1, "b" => 2] == ["b" => 2, "a" => 1], ["a" => 1, "b" => 2] === ["b" => 2, "a" => 1]);
--EXPECT--
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
int(-1)
int(0)
int(-1)
int(1)
bool(true)
bool(false)
bool(true)
bool(false)
