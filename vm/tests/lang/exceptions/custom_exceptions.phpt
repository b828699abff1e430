--TEST--
custom exception classes, interfaces in catch, wrapped errors, uncaught chain with Next
--FILE--
<?php
class AppException extends Exception {
    private $context;
    public function __construct($message, array $context = [], ?Throwable $previous = null) {
        parent::__construct($message, 42, $previous);
        $this->context = $context;
    }
    public function getContext() { return $this->context; }
}
final class NotFound extends AppException {}
interface Retryable {}
class Timeout extends RuntimeException implements Retryable {}
try {
    throw new NotFound("no user", ['id' => 7]);
} catch (AppException $e) {
    echo get_class($e), " ", $e->getMessage(), " ", $e->getCode(), " ", json_encode_stub($e->getContext()), "\n";
    var_dump($e instanceof Exception, $e instanceof Throwable, $e instanceof NotFound);
}
function json_encode_stub($a) { $out = []; foreach ($a as $k => $v) $out[] = "$k=$v"; return implode(",", $out); }
try {
    throw new Timeout("slow");
} catch (Retryable $e) {
    echo "retryable: ", $e->getMessage(), "\n";
}
try {
    try {
        intdiv(1, 0);
    } catch (DivisionByZeroError $e) {
        throw new AppException("wrapped", [], $e);
    }
} catch (AppException $e) {
    echo $e->getMessage(), " because ", get_class($e->getPrevious()), ": ", $e->getPrevious()->getMessage(), "\n";
}
foreach ([new TypeError("t"), new ValueError("v"), new ArgumentCountError("a"), new ArithmeticError("ar"), new DivisionByZeroError("d"), new ErrorException("e", 1, E_WARNING)] as $err) {
    $chain = [];
    for ($c = get_class($err); $c; $c = get_parent_class_stub($c)) $chain[] = $c;
    echo implode(" < ", $chain), "\n";
}
function get_parent_class_stub($c) {
    $map = ['TypeError' => 'Error', 'ValueError' => 'Error', 'ArgumentCountError' => 'TypeError', 'ArithmeticError' => 'Error', 'DivisionByZeroError' => 'ArithmeticError', 'ErrorException' => 'Exception'];
    return $map[$c] ?? null;
}
echo (new Exception("as string"))->getMessage(), "\n";
$e = new Exception("line check");
echo $e->getLine(), " ", basename_stub($e->getFile()), "\n";
function basename_stub($p) { $parts = explode("/", $p); return end($parts); }
throw new NotFound("uncaught custom", [], new Exception("cause"));
--EXPECTF--
NotFound no user 42 id=7
bool(true)
bool(true)
bool(true)
retryable: slow
wrapped because DivisionByZeroError: Division by zero
TypeError < Error
ValueError < Error
ArgumentCountError < TypeError < Error
ArithmeticError < Error
DivisionByZeroError < ArithmeticError < Error
ErrorException < Exception
as string
44 custom_exceptions.php

Fatal error: Uncaught Exception: cause in %s:47
Stack trace:
#0 {main}

Next NotFound: uncaught custom in %s:47
Stack trace:
#0 {main}
  thrown in %s on line 47
