--TEST--
str_shuffle draws from the seeded Mersenne Twister as php does
--FILE--
<?php
mt_srand(42);
var_dump(str_shuffle("abcdefghij"), str_shuffle(""), str_shuffle("a"), str_shuffle("ab"), str_shuffle(str_repeat("xyz", 30)));
mt_srand(7, MT_RAND_PHP);
var_dump(str_shuffle("abcdefghij"));
mt_srand(3);
$s = str_shuffle("hello world"); var_dump(count_chars($s, 1) == count_chars("hello world", 1), mt_rand());
try { str_shuffle([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
string(10) "bdjhgaiefc"
string(0) ""
string(1) "a"
string(2) "ab"
string(90) "xzxyzyzyzyxzxxzxxzyyzyyxxyyyyyyxxyyxxzxzzzzzxxxxzzyzyxxxxxyzyxyyxzxzxyzxyyyzzzzxyzzyyzxzzy"
string(10) "eacdfgijhb"
bool(true)
int(1924774757)
str_shuffle(): Argument #1 ($string) must be of type string, array given
