--TEST--
Dynamic names: evaluation order, destructuring and foreach targets, static properties by reference, magic accessors
--FILE--
<?php
// Evaluation order and dynamic names in destructuring, foreach, by-reference
// arguments and magic accessors.
function t($s) { echo "[$s]"; return $s; }
class M {
    private $data = [];
    function __get($n) { echo "__get($n) "; return $this->data[$n] ?? null; }
    function __set($n, $v) { echo "__set($n) "; $this->data[$n] = $v; }
    function __isset($n) { echo "__isset($n) "; return isset($this->data[$n]); }
    function __unset($n) { echo "__unset($n) "; unset($this->data[$n]); }
}
class S { public static $a = 'x'; public static $list = [3, 1, 2];
  static function m() { return 'S::m'; } }
class T extends S { static function go($n, $m) { return static::$$n . parent::$m() . self::{$m}(); } }
$o = new stdClass;
$o->{t('a')} = t('value');
echo "\n";
$o->{t('a')} .= t('more');
echo " ", $o->a, "\n";
$o->{t('n')} = 1;
$o->{t('n')}++;
echo " ", $o->n, "\n";
echo S::{t('m')}(t('arg')), "\n";
[$o->{'x'}, $o->{'y'}] = [1, 2];
$p = 'z';
['k' => $o->$p] = ['k' => 3];
echo $o->x, $o->y, $o->z, "\n";
foreach ([4, 5] as $o->$p) { echo $o->z; }
echo "\n";
$l = 'list';
$c = 'S';
sort($c::$$l);
echo implode(',', S::$list), "\n";
$c::$list[] = 9;
echo count(S::$list), "\n";
echo T::go('a', 'm'), "\n";
$m = new M;
$k = 'key';
$m->$k = 1;
echo $m->$k, "\n";
var_dump(isset($m->$k), empty($m->{'no'}));
unset($m->$k);
$m->$k ??= 5;
echo "\n";
$m->$k += 1;
echo $m->$k, "\n";
--EXPECTF--
[a][value]
[a][more] valuemore
[n][n] 2
[m][arg]S::m
123
45
1,2,3
4
xS::mS::m
__set(key) __get(key) 1
__isset(key) __isset(no) bool(true)
bool(true)
__unset(key) __isset(key) __set(key) 
__get(key) __set(key) __get(key) 6
