--TEST--
wordwrap (one-byte and longer breaks, cutting, existing breaks, odd widths) and nl2br
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$t = "The quick brown fox sat over the lazy dog";
var_dump(wordwrap($t, 15, "\n", true), wordwrap($t, 15), wordwrap($t, 10, "<br>\n"), wordwrap("A very long woooooooooooord.", 8, "\n", true), wordwrap("A very long woooooooooooooooooord. and something", 8, "\n", false));
var_dump(wordwrap("short", 10), wordwrap("", 5), wordwrap("abc def", 0), wordwrap("abc def", 0, "|"), wordwrap("abcdef ghi", 3, "|", true), wordwrap("abc  def   ghi", 3, "|"), wordwrap("line1\nline2 is longer", 6), wordwrap("aa|bb cc|dd ee", 5, "|"));
var_dump(wordwrap("The quick brown fox", -3), wordwrap("The quick brown fox", -3, "<br>"), wordwrap("a b c d e f", 1, "--"), wordwrap("abc--def ghi jkl", 5, "--"), wordwrap("   ", 1, "|"), wordwrap("word", 2, "|", true), wordwrap(" leading", 3, "|", true));
var_dump(wordwrap(str_repeat("x ", 10), 4, "\r\n"));
try { wordwrap("abc", 10, ""); } catch (ValueError $ex) { e($ex); }
try { wordwrap("abc", 0, "\n", true); } catch (ValueError $ex) { e($ex); }
var_dump(wordwrap("", 0, "", true));
try { wordwrap(); } catch (ArgumentCountError $ex) { e($ex); }

var_dump(nl2br("a\nb"), nl2br("a\r\nb"), nl2br("a\n\rb"), nl2br("a\rb"), nl2br("a\n\nb"), nl2br("a\r\n\r\nb"), nl2br("a\n\r\n\rb"), nl2br("x\n", false), nl2br(""), nl2br("none"), nl2br("\n"));
--EXPECT--
string(41) "The quick brown
fox sat over
the lazy dog"
string(41) "The quick brown
fox sat over
the lazy dog"
string(57) "The quick<br>
brown fox<br>
sat over<br>
the lazy<br>
dog"
string(29) "A very
long
wooooooo
ooooord."
string(48) "A very
long
woooooooooooooooooord.
and
something"
string(5) "short"
string(0) ""
string(7) "abc
def"
string(7) "abc|def"
string(11) "abc|def|ghi"
string(14) "abc| def| |ghi"
string(21) "line1
line2
is
longer"
string(14) "aa|bb cc|dd ee"
string(19) "The
quick
brown
fox"
string(28) "The<br>quick<br>brown<br>fox"
string(16) "a--b--c--d--e--f"
string(18) "abc--def--ghi--jkl"
string(3) " | "
string(5) "wo|rd"
string(10) " le|adi|ng"
string(24) "x x
x x
x x
x x
x x "
ValueError: wordwrap(): Argument #3 ($break) cannot be empty
ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0
string(0) ""
ArgumentCountError: wordwrap() expects at least 1 argument, 0 given
string(9) "a<br />
b"
string(10) "a<br />
b"
string(10) "a<br />
b"
string(9) "a<br />b"
string(16) "a<br />
<br />
b"
string(18) "a<br />
<br />
b"
string(18) "a<br />
<br />
b"
string(6) "x<br>
"
string(0) ""
string(4) "none"
string(7) "<br />
"
