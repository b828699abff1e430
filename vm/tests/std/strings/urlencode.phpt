--TEST--
urlencode, rawurlencode, urldecode and rawurldecode
--FILE--
<?php
var_dump(urlencode("a b&c=d/e?f~g-h_i.j"), rawurlencode("a b&c=d/e?f~g-h_i.j"), urlencode("\xe9\0+"), rawurlencode(""), urlencode("AZaz09"));
var_dump(urldecode("a+b%20c%2Fd%zz%4"), rawurldecode("a+b%20c%2fd%"), urldecode("%e9%E9"), urldecode(""), rawurldecode("%41%4"), urldecode("100%"));var_dump(urldecode(urlencode("k=v & w=\xff")) === "k=v & w=\xff", rawurldecode(rawurlencode("a+b c~")));
--EXPECT--
string(29) "a+b%26c%3Dd%2Fe%3Ff%7Eg-h_i.j"
string(29) "a%20b%26c%3Dd%2Fe%3Ff~g-h_i.j"
string(9) "%E9%00%2B"
string(0) ""
string(6) "AZaz09"
string(12) "a b c/d%zz%4"
string(8) "a+b c/d%"
string(2) "יי"
string(0) ""
string(3) "A%4"
string(4) "100%"
bool(true)
string(6) "a+b c~"
