--TEST--
&&, ||, !, and/or/xor, ?:, ternary and ?? with short-circuiting
--FILE--
<?php
function t($v) { echo "t($v) "; return $v; }
var_dump(t(1) && t(0), t(0) && t(1), t(0) || t(2), t(3) || t(4));
var_dump(!t(0), true xor true, true xor false);
$a = true and false; var_dump($a);
$b = (true and false); var_dump($b);
$c = false or true; var_dump($c);
var_dump(t(0) ?: "fallback", t("v") ?: "fallback");
var_dump(1 ? "yes" : "no", 0 ? "yes" : "no", (1 ? 0 : 1) ? "a" : "b");
$undef_arr = [];
var_dump($undef_var ?? "coalesced", $undef_arr["k"] ?? "coalesced key", null ?? 0 ?? 1);
--EXPECT--
t(1) t(0) t(0) t(0) t(2) t(3) bool(false)
bool(false)
bool(true)
bool(true)
t(0) bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(false)
t(0) t(v) string(8) "fallback"
string(1) "v"
string(3) "yes"
string(2) "no"
string(1) "b"
string(9) "coalesced"
string(13) "coalesced key"
int(0)
