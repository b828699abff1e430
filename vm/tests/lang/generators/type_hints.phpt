--TEST--
generators: Generator, iterable, Traversable and Iterator types; new Generator and clone are Errors
--FILE--
<?php
function gen(): Generator { yield 1; }
function it(): iterable { yield 2; }
function trav(): Traversable { yield 3; }
function iter(): Iterator { yield 4; }
foreach ([gen(), it(), trav(), iter()] as $g) {
    echo get_class($g), " ", $g->current(), " ",
        var_export($g instanceof Traversable, true), " ",
        var_export($g instanceof Iterator, true), " ",
        var_export(is_iterable($g), true), "\n";
}
function takesGen(Generator $g) { return $g->current(); }
echo takesGen(gen()), "\n";
try { takesGen([1]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { takesGen(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
// a generator cannot be created with new, nor cloned
try { $x = new Generator; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $c = clone gen(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
Generator 1 true true true
Generator 2 true true true
Generator 3 true true true
Generator 4 true true true
1
takesGen(): Argument #1 ($g) must be of type Generator, array given, called in %s on line 14
takesGen(): Argument #1 ($g) must be of type Generator, stdClass given, called in %s on line 15
Error: The "Generator" class is reserved for internal use and cannot be manually instantiated
Error: Trying to clone an uncloneable object of class Generator
