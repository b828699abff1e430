--TEST--
include resolves bare names through include_path then the including file's folder; ./ paths from the working directory
--FILE--
<?php
// A bare name is looked up in the include_path, then next to the file
// that includes it.
var_dump(include 'fixtures/sibling.inc');
var_dump(include 'fixtures/sub/uses_sibling.inc');
set_include_path(__DIR__ . '/fixtures/sub');
var_dump(include 'sibling.inc');
var_dump(get_include_path() === __DIR__ . '/fixtures/sub');
// A path starting with ./ or ../ is relative to the working directory
// only: the include_path is not used for it.
var_dump(@include './sibling.inc');
// Build a ./ path from the working directory to this folder.
$from = explode('/', trim(getcwd(), '/'));
$to = explode('/', trim(__DIR__, '/'));
while ($from && $to && $from[0] === $to[0]) {
    array_shift($from);
    array_shift($to);
}
$relative = './' . str_repeat('../', count($from)) . implode('/', $to);
var_dump(include rtrim($relative, '/') . '/fixtures/sibling.inc');
--EXPECT--
string(23) "sibling.inc in fixtures"
string(18) "sibling.inc in sub"
string(18) "sibling.inc in sub"
bool(true)
bool(false)
string(23) "sibling.inc in fixtures"
