--TEST--
${expr} in a double-quoted string is a variable variable, deprecated in php 8.2
--FILE--
<?php
$n = "who"; $who = "W";
echo "a
${$n} b\n";
echo "a
${who} b\n";
$list = ['k' => 'value'];
$l = 'list';
echo "${$l}['k'] and {$$l['k']}\n";
--EXPECTF--

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s/varvar_string_deprecated.php on line 3

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s/varvar_string_deprecated.php on line 5

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s/varvar_string_deprecated.php on line 9
a
W b
a
W b

Warning: Array to string conversion in %s/varvar_string_deprecated.php on line 9
Array['k'] and value
