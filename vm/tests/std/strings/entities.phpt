--TEST--
htmlentities, html_entity_decode and get_html_translation_table (HTML 4.01, XHTML and XML 1.0 tables)
--FILE--
<?php
$s = "caf\xc3\xa9 <b>\"5 \xe2\x82\xac\" & 'r\xc3\xa9sum\xc3\xa9' \xc2\xa9 \xce\xb1\xce\xb2 \xe2\x99\xa5 \xf0\x9f\x98\x80</b>";
var_dump(htmlentities($s), htmlentities($s, ENT_NOQUOTES), htmlentities($s, ENT_QUOTES | ENT_XHTML), htmlentities($s, ENT_QUOTES | ENT_XML1), htmlentities(""), htmlentities("\xe9t\xe9", ENT_QUOTES, "ISO-8859-1"), htmlentities("\xe9t\xe9"), htmlentities("\xe9t\xe9", ENT_QUOTES | ENT_IGNORE), htmlentities("\x80\x81\x9f\xa4", ENT_QUOTES, "cp1252"), htmlentities("\xa4\xa6", ENT_QUOTES, "ISO-8859-15"), bin2hex(html_entity_decode("&euro;&#8364;&eacute;&#x2122;&#129;", ENT_QUOTES, "cp1252")));
var_dump(bin2hex(html_entity_decode("&#65534;&#xFDD0;&#12;", ENT_QUOTES | ENT_HTML5)), bin2hex(html_entity_decode("&#65534;&#xFDD0;&#xFFFF;", ENT_QUOTES | ENT_XHTML)), htmlspecialchars("\xe9", ENT_QUOTES, "koi8-r"), get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, "cp1252")["\x80"]);
var_dump(htmlentities("&nbsp; &copy; &apos; &bogus; &#169; &#xA9; &amp", ENT_QUOTES, null, false), htmlentities("&apos; &nbsp;", ENT_QUOTES | ENT_XHTML, null, false), htmlentities("&apos; &nbsp;", ENT_QUOTES | ENT_XML1, null, false));
var_dump(htmlspecialchars("&nbsp; &hellip; &Dagger; &dagger; &foo;", ENT_QUOTES, null, false));
var_dump(html_entity_decode(htmlentities($s)) === $s, html_entity_decode("&eacute;&Eacute;&euro;&hellip;&nbsp;&alpha;&Omega;&hearts;&#8364;&#x1F600;&#233;&apos;&quot;&#39;&lt;&amp;amp;"));
var_dump(html_entity_decode("&apos;&#39;", ENT_QUOTES | ENT_XHTML), html_entity_decode("&apos;&#39;", ENT_QUOTES | ENT_HTML5), html_entity_decode("&eacute;&apos;&lt;", ENT_QUOTES | ENT_XML1), html_entity_decode("&quot;&#39;", ENT_NOQUOTES), html_entity_decode("&quot;&#39;", ENT_COMPAT));
var_dump(bin2hex(html_entity_decode("&#128;&#127;&#31;&#9;&#10;&#13;&#0;&#65534;&#xFDD0;&#55296;&#1114111;&#1114112;")), bin2hex(html_entity_decode("&#128;&#127;&#13;&#11;", ENT_QUOTES | ENT_HTML5)), bin2hex(html_entity_decode("&#128;&#127;&#31;", ENT_QUOTES | ENT_XHTML)));
var_dump(html_entity_decode("&eacute;&#233;&#8364;&euro;", ENT_QUOTES, "ISO-8859-1") === "\xe9\xe9&#8364;&euro;", html_entity_decode("&eacute &x; &#; &#x; &; &&amp; &#65", ENT_QUOTES), html_entity_decode("&lt"), html_entity_decode("a&lt;"));
var_dump(get_html_translation_table(), get_html_translation_table(HTML_SPECIALCHARS, ENT_NOQUOTES), get_html_translation_table(HTML_SPECIALCHARS, ENT_QUOTES | ENT_XML1));
$t = get_html_translation_table(HTML_ENTITIES);
var_dump(count($t), $t["\xc2\xa0"], $t["\xe2\x82\xac"], $t["'"], count(get_html_translation_table(HTML_ENTITIES, ENT_COMPAT)), count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_XHTML)), count(get_html_translation_table(HTML_ENTITIES, ENT_QUOTES | ENT_XML1)));
$l = get_html_translation_table(HTML_ENTITIES, ENT_QUOTES, "ISO-8859-1");
var_dump(count($l), $l["\xe9"]);
echo implode(" ", get_html_translation_table(HTML_ENTITIES)), "\n";
var_dump(bin2hex(htmlspecialchars("a\0b\x01\x7f\xc2\x80\xef\xbf\xbe", ENT_QUOTES | ENT_DISALLOWED)), bin2hex(htmlspecialchars("\0\x0b\x0c", ENT_QUOTES | ENT_DISALLOWED | ENT_HTML5)), bin2hex(htmlspecialchars("\x7f\xc2\x80", ENT_QUOTES | ENT_DISALLOWED | ENT_XML1)));
var_dump(htmlspecialchars("\x82\xe9\0", ENT_QUOTES | ENT_DISALLOWED, "ISO-8859-1"), htmlentities("\x81\x80\0", ENT_QUOTES | ENT_DISALLOWED, "cp1252"), htmlspecialchars("\x81\0", ENT_QUOTES | ENT_DISALLOWED | ENT_XHTML, "cp1252"), htmlspecialchars("\xe9\0", ENT_QUOTES | ENT_DISALLOWED, "koi8-r"));
var_dump(htmlspecialchars("&#0; &#128; &#x1F; &#65;", ENT_QUOTES | ENT_DISALLOWED | ENT_XML1, null, false), htmlspecialchars("&#0; &#13; &#12;", ENT_QUOTES | ENT_DISALLOWED | ENT_HTML5, null, false), htmlspecialchars("&#0;", ENT_QUOTES | ENT_DISALLOWED, null, false));
--EXPECT--
string(125) "caf&eacute; &lt;b&gt;&quot;5 &euro;&quot; &amp; &#039;r&eacute;sum&eacute;&#039; &copy; &alpha;&beta; &hearts; 😀&lt;/b&gt;"
string(105) "caf&eacute; &lt;b&gt;"5 &euro;" &amp; 'r&eacute;sum&eacute;' &copy; &alpha;&beta; &hearts; 😀&lt;/b&gt;"
string(125) "caf&eacute; &lt;b&gt;&quot;5 &euro;&quot; &amp; &#039;r&eacute;sum&eacute;&#039; &copy; &alpha;&beta; &hearts; 😀&lt;/b&gt;"
string(86) "café &lt;b&gt;&quot;5 €&quot; &amp; &apos;résumé&apos; © αβ ♥ 😀&lt;/b&gt;"
string(0) ""
string(17) "&eacute;t&eacute;"
string(7) "�t�"
string(1) "t"
string(21) "&euro;�&Yuml;&curren;"
string(14) "&euro;&Scaron;"
string(20) "8080e99926233132393b"
string(34) "262336353533343b262378464444303b0c"
string(38) "262336353533343befb790262378464646463b"
string(1) "�"
string(6) "&euro;"
string(59) "&nbsp; &copy; &amp;apos; &amp;bogus; &#169; &#xA9; &amp;amp"
string(13) "&apos; &nbsp;"
string(17) "&apos; &amp;nbsp;"
string(43) "&nbsp; &hellip; &Dagger; &dagger; &amp;foo;"
bool(true)
string(42) "éÉ€… αΩ♥€😀é&apos;"'<&amp;"
string(2) "''"
string(2) "''"
string(10) "&eacute;'<"
string(11) "&quot;&#39;"
string(6) ""&#39;"
string(104) "26233132383b26233132373b262333313b090a0d2623303befbfbeefb790262335353239363bf48fbfbf2623313131343131323b"
string(44) "26233132383b26233132373b262331333b262331313b"
string(16) "c2807f262333313b"
bool(true)
string(31) "&eacute &x; &#; &#x; &; && &#65"
string(3) "&lt"
string(2) "a<"
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&#039;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(3) {
  ["&"]=>
  string(5) "&amp;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
array(5) {
  ["""]=>
  string(6) "&quot;"
  ["&"]=>
  string(5) "&amp;"
  ["'"]=>
  string(6) "&apos;"
  ["<"]=>
  string(4) "&lt;"
  [">"]=>
  string(4) "&gt;"
}
int(253)
string(6) "&nbsp;"
string(6) "&euro;"
string(6) "&#039;"
int(252)
int(253)
int(5)
int(101)
string(8) "&eacute;"
&quot; &amp; &#039; &lt; &gt; &nbsp; &iexcl; &cent; &pound; &curren; &yen; &brvbar; &sect; &uml; &copy; &ordf; &laquo; &not; &shy; &reg; &macr; &deg; &plusmn; &sup2; &sup3; &acute; &micro; &para; &middot; &cedil; &sup1; &ordm; &raquo; &frac14; &frac12; &frac34; &iquest; &Agrave; &Aacute; &Acirc; &Atilde; &Auml; &Aring; &AElig; &Ccedil; &Egrave; &Eacute; &Ecirc; &Euml; &Igrave; &Iacute; &Icirc; &Iuml; &ETH; &Ntilde; &Ograve; &Oacute; &Ocirc; &Otilde; &Ouml; &times; &Oslash; &Ugrave; &Uacute; &Ucirc; &Uuml; &Yacute; &THORN; &szlig; &agrave; &aacute; &acirc; &atilde; &auml; &aring; &aelig; &ccedil; &egrave; &eacute; &ecirc; &euml; &igrave; &iacute; &icirc; &iuml; &eth; &ntilde; &ograve; &oacute; &ocirc; &otilde; &ouml; &divide; &oslash; &ugrave; &uacute; &ucirc; &uuml; &yacute; &thorn; &yuml; &OElig; &oelig; &Scaron; &scaron; &Yuml; &fnof; &circ; &tilde; &Alpha; &Beta; &Gamma; &Delta; &Epsilon; &Zeta; &Eta; &Theta; &Iota; &Kappa; &Lambda; &Mu; &Nu; &Xi; &Omicron; &Pi; &Rho; &Sigma; &Tau; &Upsilon; &Phi; &Chi; &Psi; &Omega; &alpha; &beta; &gamma; &delta; &epsilon; &zeta; &eta; &theta; &iota; &kappa; &lambda; &mu; &nu; &xi; &omicron; &pi; &rho; &sigmaf; &sigma; &tau; &upsilon; &phi; &chi; &psi; &omega; &thetasym; &upsih; &piv; &ensp; &emsp; &thinsp; &zwnj; &zwj; &lrm; &rlm; &ndash; &mdash; &lsquo; &rsquo; &sbquo; &ldquo; &rdquo; &bdquo; &dagger; &Dagger; &bull; &hellip; &permil; &prime; &Prime; &lsaquo; &rsaquo; &oline; &frasl; &euro; &image; &weierp; &real; &trade; &alefsym; &larr; &uarr; &rarr; &darr; &harr; &crarr; &lArr; &uArr; &rArr; &dArr; &hArr; &forall; &part; &exist; &empty; &nabla; &isin; &notin; &ni; &prod; &sum; &minus; &lowast; &radic; &prop; &infin; &ang; &and; &or; &cap; &cup; &int; &there4; &sim; &cong; &asymp; &ne; &equiv; &le; &ge; &sub; &sup; &nsub; &sube; &supe; &oplus; &otimes; &perp; &sdot; &lceil; &rceil; &lfloor; &rfloor; &lang; &rang; &loz; &spades; &clubs; &hearts; &diams;
string(34) "61efbfbd62efbfbdefbfbdefbfbdefbfbe"
string(14) "efbfbdefbfbd0c"
string(6) "7fc280"
string(17) "&#xFFFD;�&#xFFFD;"
string(15) "�&euro;&#xFFFD;"
string(9) "�&#xFFFD;"
string(9) "�&#xFFFD;"
string(32) "&amp;#0; &#128; &amp;#x1F; &#65;"
string(24) "&amp;#0; &amp;#13; &#12;"
string(4) "&#0;"
