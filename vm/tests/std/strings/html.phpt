--TEST--
htmlspecialchars (flags, doctypes, invalid UTF-8, double_encode) and htmlspecialchars_decode
--FILE--
<?php
$s = "<a href='x'>\"Tom & Jerry\"</a>";
var_dump(htmlspecialchars($s), htmlspecialchars($s, ENT_COMPAT), htmlspecialchars($s, ENT_NOQUOTES), htmlspecialchars($s, ENT_QUOTES | ENT_HTML5), htmlspecialchars($s, ENT_QUOTES | ENT_XML1), htmlspecialchars($s, ENT_QUOTES | ENT_XHTML), htmlspecialchars($s, 1));
var_dump(htmlspecialchars(""), htmlspecialchars("plain"), htmlspecialchars("&amp;"), htmlspecialchars("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));
var_dump(htmlspecialchars("a\x80b"), htmlspecialchars("a\xe9<"), htmlspecialchars("a\xe9<", ENT_QUOTES), htmlspecialchars("a\xe9<", ENT_COMPAT | ENT_IGNORE), htmlspecialchars("\xe2\x82", ENT_QUOTES | ENT_SUBSTITUTE), htmlspecialchars("\xc3", ENT_SUBSTITUTE), htmlspecialchars("\xed\xa0\x80x"), htmlspecialchars("\xc0\xafx"), htmlspecialchars("\xf4\x90\x80\x80x"), htmlspecialchars("\xe2\x28\xa1"), htmlspecialchars("\xf0\x9f\x98"), htmlspecialchars("\xf0\x9f\x98<"));
var_dump(htmlspecialchars("a\xe9<", ENT_QUOTES, "ISO-8859-1"), htmlspecialchars("x", ENT_QUOTES, "UTF-8"), htmlspecialchars("<\xe9>", ENT_QUOTES, "cp1252"));
var_dump(htmlspecialchars("a", ENT_QUOTES, "foo"));
var_dump(htmlspecialchars("&amp; &lt;b&gt; &foo; &#65; &#x41; &#xZZ; &#1114112; &#x41 & &;", ENT_QUOTES, null, false), htmlspecialchars("&apos;", ENT_QUOTES | ENT_HTML5, null, false), htmlspecialchars("&apos;", ENT_QUOTES, null, false));
var_dump(htmlspecialchars_decode("&lt;p&gt;this -&gt; &quot;&#039;&#39;&#x27;&apos;&amp;amp;&#60;&#x3C;&#65;&nbsp;"), htmlspecialchars_decode("&lt;&#039;&apos;&quot;", ENT_NOQUOTES | ENT_HTML5), htmlspecialchars_decode("&quot;&#039;&apos;", ENT_COMPAT), htmlspecialchars_decode("&apos;", ENT_QUOTES | ENT_XML1), htmlspecialchars_decode("&amp"), htmlspecialchars_decode("&"), htmlspecialchars_decode("&#x3c;&#X3E;&#0060;"), htmlspecialchars_decode(""));
var_dump(htmlspecialchars_decode(htmlspecialchars($s)) === $s);
--EXPECTF--
string(65) "&lt;a href=&#039;x&#039;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;"
string(55) "&lt;a href='x'&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;"
string(45) "&lt;a href='x'&gt;"Tom &amp; Jerry"&lt;/a&gt;"
string(65) "&lt;a href=&apos;x&apos;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;"
string(65) "&lt;a href=&apos;x&apos;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;"
string(65) "&lt;a href=&apos;x&apos;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;"
string(55) "&lt;a href=&#039;x&#039;&gt;"Tom &amp; Jerry"&lt;/a&gt;"
string(0) ""
string(5) "plain"
string(9) "&amp;amp;"
string(14) "cafÃ© â‚¬ ðŸ˜€"
string(5) "aï¿½b"
string(8) "aï¿½&lt;"
string(0) ""
string(5) "a&lt;"
string(3) "ï¿½"
string(3) "ï¿½"
string(4) "ï¿½x"
string(7) "ï¿½ï¿½x"
string(4) "ï¿½x"
string(7) "ï¿½(ï¿½"
string(3) "ï¿½"
string(7) "ï¿½&lt;"
string(6) "aé&lt;"
string(1) "x"
string(9) "&lt;é&gt;"

Warning: htmlspecialchars(): Charset "foo" is not supported, assuming UTF-8 in %s on line 7
string(1) "a"
string(87) "&amp; &lt;b&gt; &amp;foo; &#65; &#x41; &amp;#xZZ; &amp;#1114112; &amp;#x41 &amp; &amp;;"
string(6) "&apos;"
string(10) "&amp;apos;"
string(39) "<p>this -> "'''&apos;&amp;<<&#65;&nbsp;"
string(19) "<&#039;&apos;&quot;"
string(13) ""&#039;&apos;"
string(1) "'"
string(4) "&amp"
string(1) "&"
string(3) "<><"
string(0) ""
bool(true)
