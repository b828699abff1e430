--TEST--
Closures and generators in a namespace: __FUNCTION__, __METHOD__ and stack traces
--FILE--
<?php
namespace App\Jobs;

$plain = function () { return __FUNCTION__; };
$arrow = fn() => __FUNCTION__;
$static = static function () { return __FUNCTION__; };
echo $plain(), "\n", $arrow(), "\n", $static(), "\n";

class Queue {
    public function handler() {
        return function () { return [__FUNCTION__, __METHOD__, __CLASS__]; };
    }
}
print_r((new Queue)->handler()());

function gen() { yield __FUNCTION__; }
foreach (gen() as $v) { echo $v, "\n"; }

$fail = function ($x) { throw new \RuntimeException("failed on $x"); };
$fail(1);
--EXPECTF--
App\Jobs\{closure}
App\Jobs\{closure}
App\Jobs\{closure}
Array
(
    [0] => App\Jobs\{closure}
    [1] => App\Jobs\{closure}
    [2] => App\Jobs\Queue
)
App\Jobs\gen

Fatal error: Uncaught RuntimeException: failed on 1 in %s:19
Stack trace:
#0 %s(20): App\Jobs\{closure}(1)
#1 {main}
  thrown in %s on line 19
