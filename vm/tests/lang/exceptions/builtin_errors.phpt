--TEST--
errors the engine throws: division by zero, unsupported operands, undefined functions, classes and constants
--FILE--
<?php
try { echo 1 % 0; } catch (DivisionByZeroError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo intdiv_missing(1); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo 1 / 0; } catch (DivisionByZeroError $e) { echo $e->getMessage(), "\n"; }
try { echo "abc" * 2; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo [] + 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo 1 << -1; } catch (ArithmeticError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $x = null; $x->method(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { new UnknownClass(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { throw new Exception("chained", 1, new Exception("previous")); } catch (Exception $e) { echo $e->getPrevious()->getMessage(), "\n"; }
try { echo UNDEFINED_CONSTANT; } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
DivisionByZeroError: Modulo by zero
Error: Call to undefined function intdiv_missing()
Division by zero
Unsupported operand types: string * int
Unsupported operand types: array + int
ArithmeticError: Bit shift by negative number
Call to a member function method() on null
Class "UnknownClass" not found
previous
Undefined constant "UNDEFINED_CONSTANT"
