--TEST--
exceptions: multi-catch, first matching clause, catch without variable, unknown classes in catch
--FILE--
<?php
class AEx extends Exception {}
class BEx extends Exception {}
class CEx extends BEx {}
function thrower($i) {
    switch ($i) {
        case 0: throw new AEx('a');
        case 1: throw new CEx('c');
        case 2: throw new TypeError('t');
        case 3: throw new LogicException('l');
        case 4: throw new DivisionByZeroError('d');
    }
}
for ($i = 0; $i < 5; $i++) {
    try {
        try {
            thrower($i);
        } catch (AEx | BEx $e) {
            echo "A|B got ", get_class($e), "\n";
        } catch (TypeError | ArithmeticError $e) {
            echo "Type|Arith got ", get_class($e), "\n";
        }
    } catch (Exception $e) {
        echo "outer got ", get_class($e), "\n";
    }
}
// the first matching clause wins
try { throw new CEx('x'); } catch (Exception $e) { echo "first\n"; } catch (CEx $e) { echo "second\n"; }
// catch without a variable
try { throw new AEx('novar'); } catch (AEx | BEx) { echo "caught without variable\n"; }
// a catch for an unknown class does not fail, it just does not match
try { try { throw new AEx('u'); } catch (NoSuchClass | BEx $e) { echo "no\n"; } } catch (AEx $e) { echo "unknown class skipped\n"; }
--EXPECTF--
A|B got AEx
A|B got CEx
Type|Arith got TypeError
outer got LogicException
Type|Arith got DivisionByZeroError
first
caught without variable
unknown class skipped
