--TEST--
similar_text (with percent), levenshtein (with costs), soundex and str_word_count
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(similar_text("World", "Word"), similar_text("Hello", "World"), similar_text("", ""), similar_text("abc", ""), similar_text("PHP IS GREAT", "WITH MYSQL"), similar_text("WITH MYSQL", "PHP IS GREAT"));
$p = -1;
var_dump(similar_text("Hello World", "Hallo Welt", $p), $p);
var_dump(similar_text("", "", $p), $p);
var_dump(similar_text("abc", "abc", $p), $p);
var_dump(similar_text("bafoobar", "barfoo", $p), $p);
var_dump(similar_text("aaa", "xyz", $p), $p);
try { similar_text("a"); } catch (ArgumentCountError $ex) { e($ex); }

var_dump(levenshtein("kitten", "sitting"), levenshtein("", "abc"), levenshtein("abc", ""), levenshtein("", ""), levenshtein("same", "same"), levenshtein("flaw", "lawn"), levenshtein("abc", "ABC"));
var_dump(levenshtein("kitten", "sitting", 2, 3, 4), levenshtein("", "abc", 5), levenshtein("abc", "", 1, 1, 7), levenshtein("ab", "ba", 1, 10, 1), levenshtein("a", "b", 0, 5, 0));
try { levenshtein("a"); } catch (ArgumentCountError $ex) { e($ex); }
try { levenshtein("a", "b", "x"); } catch (TypeError $ex) { e($ex); }

var_dump(soundex("Robert"), soundex("Rupert"), soundex("Rubin"), soundex("Ashcraft"), soundex("Tymczak"), soundex("Pfister"), soundex("Lloyd"), soundex("Lee"), soundex(""), soundex("123"), soundex("a1b2c3"), soundex("Honeyman"), soundex("\xe9clair"));

var_dump(str_word_count("Hello fri3nd, you're looking good today!"), str_word_count(""), str_word_count("-a- 'b' c-d"), str_word_count("'quoted'"), str_word_count("a-"), str_word_count("--"));
var_dump(str_word_count("Hello fri3nd, you're looking good today!", 1));
var_dump(str_word_count("Hello fri3nd, you're looking good today!", 2));
var_dump(str_word_count("Hello fri3nd, you're", 1, "0..9"), str_word_count("-dash- 'q", 1, "-'"), str_word_count("", 2));
try { str_word_count("abc", 3); } catch (ValueError $ex) { e($ex); }
try { str_word_count("abc", -1); } catch (ValueError $ex) { e($ex); }
--EXPECT--
int(4)
int(1)
int(0)
int(0)
int(3)
int(2)
int(7)
float(66.66666666666667)
int(0)
float(0)
int(3)
float(100)
int(5)
float(71.42857142857143)
int(0)
float(0)
ArgumentCountError: similar_text() expects at least 2 arguments, 1 given
int(3)
int(3)
int(3)
int(0)
int(0)
int(2)
int(3)
int(8)
int(15)
int(21)
int(2)
int(0)
ArgumentCountError: levenshtein() expects at least 2 arguments, 1 given
TypeError: levenshtein(): Argument #3 ($insertion_cost) must be of type int, string given
string(4) "R163"
string(4) "R163"
string(4) "R150"
string(4) "A226"
string(4) "T522"
string(4) "P236"
string(4) "L300"
string(4) "L000"
string(4) "0000"
string(4) "0000"
string(4) "A120"
string(4) "H555"
string(4) "C460"
int(7)
int(0)
int(3)
int(1)
int(1)
int(0)
array(7) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(3) "fri"
  [2]=>
  string(2) "nd"
  [3]=>
  string(6) "you're"
  [4]=>
  string(7) "looking"
  [5]=>
  string(4) "good"
  [6]=>
  string(5) "today"
}
array(7) {
  [0]=>
  string(5) "Hello"
  [6]=>
  string(3) "fri"
  [10]=>
  string(2) "nd"
  [14]=>
  string(6) "you're"
  [21]=>
  string(7) "looking"
  [29]=>
  string(4) "good"
  [34]=>
  string(5) "today"
}
array(3) {
  [0]=>
  string(5) "Hello"
  [1]=>
  string(6) "fri3nd"
  [2]=>
  string(6) "you're"
}
array(2) {
  [0]=>
  string(6) "-dash-"
  [1]=>
  string(2) "'q"
}
array(0) {
}
ValueError: str_word_count(): Argument #2 ($format) must be a valid format value
ValueError: str_word_count(): Argument #2 ($format) must be a valid format value
