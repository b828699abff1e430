--TEST--
strtok (state between calls, changing delimiters, empty tokens skipped) and count_chars (all modes)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$tok = strtok("This is\tan example\nstring", " \n\t");
while ($tok !== false) {
    echo "[$tok]\n";
    $tok = strtok(" \n\t");
}
var_dump(strtok(" "));
var_dump(strtok("/a//b/", "/"), strtok("/"), strtok("/"), strtok("/"));
var_dump(strtok("a,b;c", ","), strtok(";"), strtok(";"), strtok(","));
var_dump(strtok("", "x"), strtok("x"));
var_dump(strtok("abc", ""), strtok(""));
var_dump(strtok(",,,", ","), strtok(","));
var_dump(strtok("a b", " "));
var_dump(strtok("x y z", " "), strtok("x y z", " "));
try { strtok(); } catch (ArgumentCountError $ex) { e($ex); }

var_dump(count_chars("abcab", 1), count_chars("", 1), count_chars("abcab", 3), count_chars("", 3), strlen(count_chars("abc", 4)), count(count_chars("abc", 2)), count(count_chars("abc")), count_chars("aab")[97], count_chars("aab")[0]);
try { count_chars("a", 5); } catch (ValueError $ex) { e($ex); }
try { count_chars("a", -1); } catch (ValueError $ex) { e($ex); }
--EXPECT--
[This]
[is]
[an]
[example]
[string]
bool(false)
string(1) "a"
string(1) "b"
bool(false)
bool(false)
string(1) "a"
string(1) "b"
string(1) "c"
bool(false)
bool(false)
bool(false)
string(3) "abc"
bool(false)
bool(false)
bool(false)
string(1) "a"
string(1) "x"
string(1) "x"
ArgumentCountError: strtok() expects at least 1 argument, 0 given
array(3) {
  [97]=>
  int(2)
  [98]=>
  int(2)
  [99]=>
  int(1)
}
array(0) {
}
string(3) "abc"
string(0) ""
int(253)
int(253)
int(256)
int(2)
int(0)
ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
ValueError: count_chars(): Argument #2 ($mode) must be between 0 and 4 (inclusive)
