--TEST--
static variables initialised by constant expressions, evaluated on first use
--FILE--
<?php
// static variables initialised by constant expressions, evaluated on the
// first call.
const BASE = 10;
class Config {
    const STEP = 5;
    public static function next() {
        static $n = self::STEP * 2, $list = [BASE, self::STEP, 'x' => PHP_INT_SIZE > 4];
        $n += self::STEP;
        $list[] = $n;
        return [$n, count($list)];
    }
}
var_dump(Config::next(), Config::next());

function counter() {
    static $count = BASE + 1;
    return $count++;
}
echo counter(), counter(), counter(), "\n";

function later() {
    static $v = DEFINED_LATER . "!";
    return $v;
}
define('DEFINED_LATER', 'late');
echo later(), later(), "\n";

function overflow() {
    static $big = PHP_INT_MAX + 1;
    return $big;
}
var_dump(overflow());

function missing() {
    static $m = NOT_DEFINED_CONST;
    return $m;
}
try {
    missing();
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
define('NOT_DEFINED_CONST', 'now defined');
var_dump(missing());
--EXPECTF--
array(2) {
  [0]=>
  int(15)
  [1]=>
  int(4)
}
array(2) {
  [0]=>
  int(20)
  [1]=>
  int(5)
}
111213
late!late!
float(9.223372036854776E+18)
Error: Undefined constant "NOT_DEFINED_CONST"
string(11) "now defined"
