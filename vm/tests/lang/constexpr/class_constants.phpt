--TEST--
Constant expressions: class constants
--FILE--
<?php
class Config {
    const BASE = 10;
    const DOUBLE = self::BASE * 2;
    const NAME = 'cfg' . '-' . self::DOUBLE;
    const LIST = [self::BASE, self::DOUBLE, 'k' => self::NAME];
    const FIRST = self::LIST[0];
    const FLAGS = E_ALL & ~E_NOTICE;
    const MAYBE = PHP_INT_SIZE > 4 ? 'wide' : 'narrow';
    const FALLBACK = null ?? 'fallback';
    const LATER = Later::VALUE + 1;
    const CLS = __CLASS__;
    const NEG = -self::BASE;
    const BOOL = !false && (self::BASE >= 10);
}
class Later { const VALUE = 41; }
class Child extends Config {
    const DOUBLE = 99;
    const FROM_PARENT = parent::DOUBLE . '/' . self::DOUBLE;
}
var_dump(Config::DOUBLE, Config::NAME, Config::LIST, Config::FIRST, Config::FLAGS === (E_ALL & ~E_NOTICE));
var_dump(Config::MAYBE, Config::FALLBACK, Config::LATER, Config::CLS, Config::NEG, Config::BOOL);
var_dump(Child::FROM_PARENT, Child::NAME);
--EXPECTF--
int(20)
string(6) "cfg-20"
array(3) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  ["k"]=>
  string(6) "cfg-20"
}
int(10)
bool(true)
string(4) "wide"
string(8) "fallback"
int(42)
string(6) "Config"
int(-10)
bool(true)
string(5) "20/99"
string(6) "cfg-20"
