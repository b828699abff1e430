--TEST--
strip_tags: tags, attributes with quotes, comments, php blocks, doctype, allowed tags (string and array)
--FILE--
<?php
function e($e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$h = '<p>Test paragraph.</p><!-- Comment --> <a href="#fragment">Other text</a>';
var_dump(strip_tags($h), strip_tags($h, '<p><a>'), strip_tags($h, ['p', 'a']), strip_tags($h, '<P>'), strip_tags($h, []), strip_tags($h, ''));
var_dump(strip_tags("a < b and c > d"), strip_tags("1 <2 and 3> 4"), strip_tags("x<br/>y<br />z", "<br>"), strip_tags("<b>bold</b> <i>it</i>", "<b>"), strip_tags("<B>bold</B>", "<b>"), strip_tags("< b>x</ b>"));
var_dump(strip_tags('<a title="x > y">link</a>'), strip_tags("<a title='it''s'>q</a>"), strip_tags('<a href="x">unterminated'), strip_tags("text <"), strip_tags("text >"), strip_tags("<>empty"), strip_tags("<<b>>nested"), strip_tags("<a <b>>x"));
var_dump(strip_tags("before<?php echo '?>'; ?>after"), strip_tags("a<?= \$x ?>b"), strip_tags("<?xml version=\"1.0\"?><root>text</root>"), strip_tags("a<? if (f(')')) ?>b"), strip_tags("x<?php (( ?> y ?>z"));
var_dump(strip_tags("<!DOCTYPE html><html><body>hi</body></html>"), strip_tags("a<!-- <b>c</b> -->d"), strip_tags("a<!-- x > y -->b"), strip_tags("a<!--->b-->c"), strip_tags("a<!x>b"), strip_tags("a<![CDATA[x]]>b"), strip_tags("a<!-- unterminated"));
var_dump(strip_tags("nul\0byte<b\0>x"), strip_tags(""), strip_tags("plain text"), strip_tags(123), strip_tags("<p>a</p>", "<p><br>"), strip_tags("<p>a</p><br>", "p"), strip_tags("<p class='x'>a</p>", "<p>"), strip_tags("<p/>a", "<p>"));
var_dump(strip_tags("<script>alert('x')</script>text"), strip_tags("<a href='x'>a</a>", ["a", 1]), strip_tags("<1>x</1>", [1]));
try { strip_tags([]); } catch (TypeError $ex) { e($ex); }
try { strip_tags("a", new stdClass); } catch (TypeError $ex) { e($ex); }
try { strip_tags(); } catch (ArgumentCountError $ex) { e($ex); }
--EXPECT--
string(26) "Test paragraph. Other text"
string(57) "<p>Test paragraph.</p> <a href="#fragment">Other text</a>"
string(57) "<p>Test paragraph.</p> <a href="#fragment">Other text</a>"
string(33) "<p>Test paragraph.</p> Other text"
string(26) "Test paragraph. Other text"
string(26) "Test paragraph. Other text"
string(15) "a < b and c > d"
string(4) "1  4"
string(14) "x<br/>y<br />z"
string(14) "<b>bold</b> it"
string(11) "<B>bold</B>"
string(5) "< b>x"
string(4) "link"
string(1) "q"
string(12) "unterminated"
string(5) "text "
string(6) "text >"
string(5) "empty"
string(6) "nested"
string(1) "x"
string(11) "beforeafter"
string(2) "ab"
string(4) "text"
string(2) "ab"
string(1) "x"
string(2) "hi"
string(2) "ad"
string(2) "ab"
string(6) "ab-->c"
string(2) "ab"
string(2) "ab"
string(1) "a"
string(8) "nulbytex"
string(0) ""
string(10) "plain text"
string(3) "123"
string(8) "<p>a</p>"
string(1) "a"
string(18) "<p class='x'>a</p>"
string(5) "<p/>a"
string(14) "alert('x')text"
string(17) "<a href='x'>a</a>"
string(8) "<1>x</1>"
TypeError: strip_tags(): Argument #1 ($string) must be of type string, array given
TypeError: strip_tags(): Argument #2 ($allowed_tags) must be of type array|string|null, stdClass given
ArgumentCountError: strip_tags() expects at least 1 argument, 0 given
