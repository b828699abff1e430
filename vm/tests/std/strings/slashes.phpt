--TEST--
addslashes, stripslashes and quotemeta
--FILE--
<?php
var_dump(addslashes("O'Reilly \"quoted\" back\\slash"), addslashes("nul\0byte"), addslashes(""), addslashes("plain"), addslashes(12));
var_dump(stripslashes("O\\'Reilly \\\"q\\\" back\\\\slash"), stripslashes("a\\0b") === "a\0b", stripslashes("\\n\\t"), stripslashes("end\\"), stripslashes("\\\\\\"), stripslashes(""), stripslashes("x\\\\y"));
$s = "It's a \"test\" \\ with \0 nul";
var_dump(stripslashes(addslashes($s)) === $s);
var_dump(quotemeta("1+1=2?"), quotemeta("Hello. (World) [a-z]* \$5 ^x \\"), quotemeta(""), quotemeta("abc"));
--EXPECT--
string(32) "O\'Reilly \"quoted\" back\\slash"
string(9) "nul\0byte"
string(0) ""
string(5) "plain"
string(2) "12"
string(23) "O'Reilly "q" back\slash"
bool(true)
string(2) "nt"
string(3) "end"
string(1) "\"
string(0) ""
string(3) "x\y"
bool(true)
string(8) "1\+1=2\?"
string(38) "Hello\. \(World\) \[a-z\]\* \$5 \^x \\"
string(0) ""
string(3) "abc"
