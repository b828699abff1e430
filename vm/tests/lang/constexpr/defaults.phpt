--TEST--
Constant expressions: defaults
--FILE--
<?php
const GREETING = 'hello';
define('TIMES', 3);
class Defaults {
    const SEP = ', ';
    public $list = [self::SEP, PHP_EOL];
    public $n = TIMES * 2;
    public static $label = self::SEP . 'label';
    public function join(array $parts, string $sep = self::SEP . ''): string {
        return implode($sep, $parts);
    }
}
function greet($who, $greeting = GREETING . ',', $times = TIMES + 0) {
    return str_repeat("$greeting $who! ", $times);
}
echo greet('you'), "\n";
echo greet('me', 'hi', 1), "\n";
echo greet(times: 2, who: 'them'), "\n";
$d = new Defaults;
var_dump($d->list, $d->n, Defaults::$label);
echo $d->join(['a', 'b', 'c']), "\n";
echo $d->join(['a', 'b'], '-'), "\n";
function typed(int $x = TIMES * 2) { return $x; }
var_dump(typed());
--EXPECTF--
hello, you! hello, you! hello, you! 
hi me! 
hello, them! hello, them! 
array(2) {
  [0]=>
  string(2) ", "
  [1]=>
  string(1) "
"
}
int(6)
string(7) ", label"
a, b, c
a-b
int(6)
