--TEST--
strings: double-quoted escapes: octal, hex, unicode, unknown escapes kept, single-quoted escapes
--FILE--
<?php
$s = "tab\there\nnl \\ back \$ dollar \" quote \x41\x4a \101 \u{48}\u{49} \u{1F600} \u{e9} \e[0m \v\f\r \0end \400 \8 \xZ \u";
echo bin2hex($s), "\n";
var_dump(strlen("\u{1F600}"), "\u{00000041}");
echo 'single: \n \' \\ \x41', "\n";
var_dump("\{", "\[", '$x');
--EXPECTF--

Warning: Octal escape sequence overflow \400 is greater than \377 in %s on line 2
74616209686572650a6e6c205c206261636b202420646f6c6c617220222071756f746520414a204120484920f09f988020c3a9201b5b306d200b0c0d2000656e642000205c38205c785a205c75
int(4)
string(1) "A"
single: \n ' \ \x41
string(2) "\{"
string(2) "\["
string(2) "$x"
