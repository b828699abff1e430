--TEST--
Dynamic method names: $o->$m(), $o->{expr}(), __call, first-class callables
--FILE--
<?php
// $o->$m(...) and $o->{expr}(...), with __call for a missing method.
class C {
    private $secret = 's';
    function hello($who) { return "hello $who"; }
    static function stat() { return 'static via instance'; }
    private function hidden() { return 'hidden'; }
    function callHidden($m) { return $this->$m(); }
    function __call($name, $args) { return "__call($name, " . implode(',', $args) . ')'; }
}
$o = new C;
$m = 'hello';
echo $o->$m('world'), "\n";
echo $o->{'hel' . 'lo'}('there'), "\n";
echo $o->{$m}(...['spread']), "\n";
$s = 'stat';
echo $o->$s(), "\n";
$missing = 'nothing';
echo $o->$missing(1, 2), "\n";
$h = 'hidden';
echo $o->$h(), "\n";
echo $o->callHidden('hidden'), "\n";
$n = null;
var_dump($n?->$m('x'));
$f = $o->$m(...);
echo $f('closure'), "\n";
$list = ['hello'];
echo $o->{$list[0]}(who: 'named'), "\n";
--EXPECTF--
hello world
hello there
hello spread
static via instance
__call(nothing, 1,2)
__call(hidden, )
hidden
NULL
hello closure
hello named
