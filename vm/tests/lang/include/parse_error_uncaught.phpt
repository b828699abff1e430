--TEST--
An uncaught ParseError from an included file is reported as a parse error naming that file
--FILE--
<?php
echo "before\n";
include __DIR__ . '/fixtures/parse_error.inc';
echo "not reached\n";
--EXPECTF--
before

Parse error: syntax error, unexpected token ";" in %s/fixtures/parse_error.inc on line 3
