--TEST--
string offsets: writes, padding, casts, and the errors for [], compound ops and nesting
--FILE--
<?php
function t($f) { try { $f(); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; } }
t(function () { $s = ""; $s[3] = 'x'; var_dump($s); });
t(function () { $s = "abc"; $s["x"] = 'y'; var_dump($s); });
t(function () { $s = "abc"; $s["1"] = 'y'; var_dump($s); });
t(function () { $s = "abc"; $s[1.7] = 'y'; var_dump($s); });
t(function () { $s = "abc"; $s[-5] = 'y'; var_dump($s); });
t(function () { $s = "abc"; var_dump($s[0] = 'QQ'); var_dump($s); });
t(function () { $s = "abc"; $s[1] = 5; var_dump($s); });
t(function () { $s = "abc"; $s[] = 'd'; });
t(function () { $s = ""; $s[] = 'd'; });
t(function () { $s = "abc"; $s[0][0] = 'd'; });
t(function () { $s = "abc"; $s[true] = 'd'; var_dump($s); });
t(function () { $s = "abc"; $s[null] = 'd'; var_dump($s); });
t(function () { $s = "abc"; $s[[]] = 'd'; var_dump($s); });
t(function () { $s = "abc"; $s[0] .= 'd'; var_dump($s); });
t(function () { $s = "abc"; $s[0]++; var_dump($s); });
t(function () { $s = "abc"; var_dump($s["x"]); });
t(function () { $s = "abc"; var_dump($s["1x"]); });
t(function () { $s = "abc"; var_dump($s[1.2]); });
t(function () { $s = "abc"; var_dump(isset($s[1]), isset($s[5]), isset($s["x"]), isset($s[0][0]), empty($s[0])); });
t(function () { $s = "abc"; unset($s[0]); });
--EXPECTF--
string(4) "   x"
TypeError: Cannot access offset of type string on string
string(3) "ayc"

Warning: String offset cast occurred in %s on line 6
string(3) "ayc"

Warning: Illegal string offset -5 in %s on line 7
string(3) "abc"

Warning: Only the first byte will be assigned to the string offset in %s on line 8
string(1) "Q"
string(3) "Qbc"
string(3) "a5c"
Error: [] operator not supported for strings
Error: [] operator not supported for strings
Error: Cannot use string offset as an array

Warning: String offset cast occurred in %s on line 13
string(3) "adc"

Warning: String offset cast occurred in %s on line 14
string(3) "dbc"
TypeError: Cannot access offset of type array on string
Error: Cannot use assign-op operators with string offsets
Error: Cannot increment/decrement string offsets
TypeError: Cannot access offset of type string on string

Warning: Illegal string offset "1x" in %s on line 19
string(1) "b"

Warning: String offset cast occurred in %s on line 20
string(1) "b"
bool(true)
bool(false)
bool(false)
bool(true)
bool(false)
Error: Cannot unset string offsets
