--TEST--
strings: a unicode escape above U+10FFFF is a parse error
--FILE--
<?php
echo "\u{110000}";
--EXPECTF--

Parse error: Invalid UTF-8 codepoint escape sequence: Codepoint too large in %s on line 2
