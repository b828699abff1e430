--TEST--
exceptions: uncaught from a closure called by array_map inside an arrow function
--FILE--
<?php
$validate = function ($v) {
    if (!is_int($v)) throw new UnexpectedValueException('not an int: ' . gettype($v));
    return $v;
};
$apply = fn(array $xs) => array_map($validate, $xs);
function run(callable $f) { return $f([1, 'two']); }
run($apply);
--EXPECTF--

Fatal error: Uncaught UnexpectedValueException: not an int: string in %s:3
Stack trace:
#0 [internal function]: {closure}('two')
#1 %s(6): array_map(Object(Closure), Array)
#2 %s(7): {closure}(Array)
#3 %s(8): run(Object(Closure))
#4 {main}
  thrown in %s on line 3
