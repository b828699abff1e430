--TEST--
str_contains, str_starts_with, str_ends_with, substr_count, strspn and strcspn
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(str_contains("abc", "b"), str_contains("abc", "B"), str_contains("abc", ""), str_contains("", ""), str_contains("", "a"));
var_dump(str_starts_with("abc", "ab"), str_starts_with("abc", "bc"), str_starts_with("abc", ""), str_starts_with("a", "abc"));
var_dump(str_ends_with("abc", "bc"), str_ends_with("abc", "ab"), str_ends_with("abc", ""), str_ends_with("", ""), str_ends_with("c", "abc"));
var_dump(str_contains(12345, 34), str_starts_with(1.5, "1."));
try { str_contains([], "a"); } catch (TypeError $ex) { e($ex); }
try { str_ends_with("a"); } catch (ArgumentCountError $ex) { e($ex); }

$t = "hello hello hello";
var_dump(substr_count($t, "hello"), substr_count($t, "l"), substr_count("aaa", "aa"), substr_count($t, "hello", 1), substr_count($t, "hello", -5), substr_count($t, "hello", 0, 11), substr_count($t, "hello", 0, -1), substr_count($t, "x"), substr_count("", "a"));
var_dump(substr_count($t, "hello", 17), substr_count($t, "o", 2, null));
try { substr_count($t, ""); } catch (ValueError $ex) { e($ex); }
try { substr_count($t, "h", 18); } catch (ValueError $ex) { e($ex); }
try { substr_count($t, "h", -18); } catch (ValueError $ex) { e($ex); }
try { substr_count($t, "h", 2, 16); } catch (ValueError $ex) { e($ex); }
try { substr_count($t, "h", 2, -16); } catch (ValueError $ex) { e($ex); }

var_dump(strspn("42 is the answer", "1234567890"), strspn("foo", "o", 1, 2), strspn("abc", ""), strspn("", "a"), strspn("aaab", "a", -2), strspn("aaab", "a", 10), strspn("aaaa", "a", 1, -1));
var_dump(strcspn("abcd", "cd"), strcspn("abcd", "x"), strcspn("hello", "l", 1), strcspn("hello", "l", -2), strcspn("abcd", "", 0), strcspn("abcd", "d", 0, 2));
--EXPECT--
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(false)
bool(true)
bool(true)
TypeError: str_contains(): Argument #1 ($haystack) must be of type string, array given
ArgumentCountError: str_ends_with() expects exactly 2 arguments, 1 given
int(3)
int(6)
int(1)
int(2)
int(1)
int(2)
int(2)
int(0)
int(0)
int(0)
int(3)
ValueError: substr_count(): Argument #2 ($needle) cannot be empty
ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)
int(2)
int(2)
int(0)
int(0)
int(1)
int(0)
int(2)
int(2)
int(4)
int(1)
int(0)
int(4)
int(2)
