--TEST--
exceptions: string form of exceptions and errors, custom __toString, previous in the string
--FILE--
<?php
function thrower() { throw new RuntimeException("it broke\non two lines", 9); }
try { thrower(); } catch (Exception $e) {
    echo str_replace(__FILE__, 'FILE', (string) $e), "\n";
}
echo "--- custom __toString\n";
class Pretty extends Exception {
    public function __toString(): string { return static::class . "[{$this->code}]: {$this->message}"; }
}
$p = new Pretty('nice', 5);
echo $p, "\n";
echo "str: " . $p . "\n";
echo "--- Error string form\n";
$err = new TypeError('typed');
echo str_replace(__FILE__, 'FILE', "$err"), "\n";
echo "--- with previous\n";
$chain = new LogicException('outer', 0, new Pretty('inner', 1));
echo str_replace(__FILE__, 'FILE', (string) $chain), "\n";
--EXPECTF--
RuntimeException: it broke
on two lines in FILE:2
Stack trace:
#0 FILE(3): thrower()
#1 {main}
--- custom __toString
Pretty[5]: nice
str: Pretty[5]: nice
--- Error string form
TypeError: typed in FILE:14
Stack trace:
#0 {main}
--- with previous
Pretty: inner in FILE:17
Stack trace:
#0 {main}

Next LogicException: outer in FILE:17
Stack trace:
#0 {main}
