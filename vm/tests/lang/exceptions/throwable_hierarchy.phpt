--TEST--
exceptions: the built-in Throwable hierarchy and which engine errors throw which class
--FILE--
<?php
$classes = ['Exception', 'ErrorException', 'Error', 'TypeError', 'ValueError', 'ArgumentCountError',
    'ArithmeticError', 'DivisionByZeroError', 'CompileError', 'ParseError', 'UnhandledMatchError',
    'RuntimeException', 'LogicException', 'InvalidArgumentException', 'DomainException', 'LengthException',
    'OutOfRangeException', 'OutOfBoundsException', 'OverflowException', 'RangeException',
    'UnderflowException', 'UnexpectedValueException', 'BadFunctionCallException', 'BadMethodCallException'];
foreach ($classes as $c) {
    $chain = [$c];
    $p = $c;
    while ($p = get_parent_class($p)) $chain[] = $p;
    echo implode(' < ', $chain), "\n";
}
$e = new DivisionByZeroError('d');
var_dump($e instanceof ArithmeticError, $e instanceof Error, $e instanceof Throwable, $e instanceof Exception);
$a = new ArgumentCountError('a');
var_dump($a instanceof TypeError);
// which engine errors throw which class
$cases = [
    fn() => 1 % 0,
    fn() => intdiv(1, 0),
    fn() => intdiv(PHP_INT_MIN, -1),
    fn() => 1 << -1,
    fn() => strlen(),
    fn() => strlen([]),
    fn() => str_repeat('x', -1),
    fn() => match (5) { 1 => 'a' },
    fn() => (function (int $x) {})('abc'),
    fn() => (function ($x) {})(),
    fn() => null->foo(),
    fn() => array_combine([1, 2], [1]),
];
foreach ($cases as $f) {
    try { $f(); } catch (Throwable $t) { echo get_class($t), ": ", $t->getMessage(), "\n"; }
}
--EXPECTF--
Exception
ErrorException < Exception
Error
TypeError < Error
ValueError < Error
ArgumentCountError < TypeError < Error
ArithmeticError < Error
DivisionByZeroError < ArithmeticError < Error
CompileError < Error
ParseError < CompileError < Error
UnhandledMatchError < Error
RuntimeException < Exception
LogicException < Exception
InvalidArgumentException < LogicException < Exception
DomainException < LogicException < Exception
LengthException < LogicException < Exception
OutOfRangeException < LogicException < Exception
OutOfBoundsException < RuntimeException < Exception
OverflowException < RuntimeException < Exception
RangeException < RuntimeException < Exception
UnderflowException < RuntimeException < Exception
UnexpectedValueException < RuntimeException < Exception
BadFunctionCallException < LogicException < Exception
BadMethodCallException < BadFunctionCallException < LogicException < Exception
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
DivisionByZeroError: Modulo by zero
DivisionByZeroError: Division by zero
ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer
ArithmeticError: Bit shift by negative number
ArgumentCountError: strlen() expects exactly 1 argument, 0 given
TypeError: strlen(): Argument #1 ($string) must be of type string, array given
ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0
UnhandledMatchError: Unhandled match case 5
TypeError: {closure}(): Argument #1 ($x) must be of type int, string given, called in %s on line 27
ArgumentCountError: Too few arguments to function {closure}(), 0 passed in %s on line 28 and exactly 1 expected
Error: Call to a member function foo() on null
ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements
