--TEST--
utf8_encode and utf8_decode (deprecated in 8.2)
--FILE--
<?php
var_dump(bin2hex(utf8_encode("caf\xe9")), utf8_decode("caf\xc3\xa9"), utf8_decode("\xe2\x82\xac \xc3 \xff x"), utf8_encode(""));
var_dump(utf8_decode(utf8_encode("\x00\x7f\x80\xff")) === "\x00\x7f\x80\xff", utf8_decode("\xf0\x9f\x98\x80"), utf8_decode("\xed\xa0\x80"));
--EXPECTF--

Deprecated: Function utf8_encode() is deprecated in %s on line 2

Deprecated: Function utf8_decode() is deprecated in %s on line 2

Deprecated: Function utf8_decode() is deprecated in %s on line 2

Deprecated: Function utf8_encode() is deprecated in %s on line 2
string(10) "636166c3a9"
string(4) "café"
string(7) "? ? ? x"
string(0) ""

Deprecated: Function utf8_encode() is deprecated in %s on line 3

Deprecated: Function utf8_decode() is deprecated in %s on line 3

Deprecated: Function utf8_decode() is deprecated in %s on line 3

Deprecated: Function utf8_decode() is deprecated in %s on line 3
bool(true)
string(1) "?"
string(1) "?"
