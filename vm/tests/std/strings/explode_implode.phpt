--TEST--
explode (positive, zero and negative limits) and implode/join (argument forms, element conversion, errors)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
function p($a) { echo count($a), ": ", json($a), "\n"; }
function json($a) { $o = []; foreach ($a as $k => $v) { $o[] = "$k=>'$v'"; } return "[" . implode(", ", $o) . "]"; }
p(explode(",", "a,b,,c"));
p(explode(",", "a,b,,c", 2));
p(explode(",", "a,b,,c", 1));
p(explode(",", "a,b,,c", 0));
p(explode(",", "a,b,,c", -1));
p(explode(",", "a,b,,c", -3));
p(explode(",", "a,b,,c", -4));
p(explode(",", "a,b,,c", -10));
p(explode(",", "abc"));
p(explode(",", "abc", -1));
p(explode(",", ""));
p(explode(",", "", -1));
p(explode(",", "", 0));
p(explode(", ", "x, y, z, "));
p(explode("ab", "abab"));
p(explode("aa", "aaa"));
p(explode(",", ",", PHP_INT_MAX));
p(explode(1, "10101"));
try { explode("", "abc"); } catch (ValueError $ex) { e($ex); }
try { explode(",", []); } catch (TypeError $ex) { e($ex); }
try { explode(","); } catch (ArgumentCountError $ex) { e($ex); }
var_dump(explode(",", null));

var_dump(implode(",", ["a", "b", "c"]), implode(["a", "b"]), implode(", ", []), implode("-", [1, 2.5, true, false, null, -0.0, 1e100]), implode(", ", ["x" => 1, "y" => 2]), join("+", [1, 2]), join(["q", "r"]));
var_dump(implode(1, [2, 3]), implode(["a"], null));
var_dump(implode(",", [[1], "b"]));
try { implode(["a", "b"], ","); } catch (TypeError $ex) { e($ex); }
try { implode("a"); } catch (TypeError $ex) { e($ex); }
try { join("a"); } catch (TypeError $ex) { e($ex); }
try { implode(",", "x"); } catch (TypeError $ex) { e($ex); }
try { implode([1], [2]); } catch (TypeError $ex) { e($ex); }
try { implode(new stdClass, []); } catch (TypeError $ex) { e($ex); }
try { implode(); } catch (ArgumentCountError $ex) { e($ex); }
try { implode(",", [1], 2); } catch (ArgumentCountError $ex) { e($ex); }
try { implode(",", [new stdClass]); } catch (Error $ex) { e($ex); }
var_dump(implode(null, ["a", "b"]));
--EXPECTF--
4: [0=>'a', 1=>'b', 2=>'', 3=>'c']
2: [0=>'a', 1=>'b,,c']
1: [0=>'a,b,,c']
1: [0=>'a,b,,c']
3: [0=>'a', 1=>'b', 2=>'']
1: [0=>'a']
0: []
0: []
1: [0=>'abc']
0: []
1: [0=>'']
0: []
1: [0=>'']
4: [0=>'x', 1=>'y', 2=>'z', 3=>'']
3: [0=>'', 1=>'', 2=>'']
2: [0=>'', 1=>'a']
2: [0=>'', 1=>'']
4: [0=>'', 1=>'0', 2=>'0', 3=>'']
ValueError: explode(): Argument #1 ($separator) cannot be empty
TypeError: explode(): Argument #2 ($string) must be of type string, array given
ArgumentCountError: explode() expects at least 2 arguments, 1 given

Deprecated: explode(): Passing null to parameter #2 ($string) of type string is deprecated in %s on line 26
array(1) {
  [0]=>
  string(0) ""
}
string(5) "a,b,c"
string(2) "ab"
string(0) ""
string(21) "1-2.5-1----0-1.0E+100"
string(4) "1, 2"
string(3) "1+2"
string(2) "qr"
string(3) "213"
string(1) "a"

Warning: Array to string conversion in %s on line 30
string(7) "Array,b"
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given
TypeError: implode(): Argument #1 ($array) must be of type array, string given
TypeError: join(): Argument #1 ($array) must be of type array, string given
TypeError: implode(): Argument #2 ($array) must be of type ?array, string given
TypeError: implode(): Argument #1 ($separator) must be of type string, array given
TypeError: implode(): Argument #1 ($separator) must be of type array|string, stdClass given
ArgumentCountError: implode() expects at least 1 argument, 0 given
ArgumentCountError: implode() expects at most 2 arguments, 3 given
Error: Object of class stdClass could not be converted to string

Deprecated: implode(): Passing null to parameter #1 ($separator) of type array|string is deprecated in %s on line 40
string(2) "ab"
