--TEST--
A parse error in an included file is a ParseError the includer may catch
--FILE--
<?php
try {
    include __DIR__ . '/fixtures/parse_error.inc';
} catch (ParseError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
    echo basename($e->getFile()), ':', $e->getLine(), "\n";
    var_dump($e instanceof CompileError, $e instanceof Error);
}
echo "after\n";
--EXPECT--
ParseError: syntax error, unexpected token ";"
parse_error.inc:3
bool(true)
bool(true)
after
