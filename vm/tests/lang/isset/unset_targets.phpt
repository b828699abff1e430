--TEST--
unset of variables, nested elements, references, properties, typed properties, string offsets and scalars
--FILE--
<?php
$a = 1; unset($a); var_dump(isset($a));
unset($never_set); echo "unset of an undefined variable is silent\n";
$arr = ['a' => ['b' => 1, 'c' => 2], 'd' => 3, 5 => 'five'];
unset($arr['a']['b'], $arr['d'], $arr['missing'], $arr['a']['x']['y']);
var_dump($arr);
$arr[] = 'next';  // the next key is not reset by unset
var_dump(array_keys($arr));
// references: unset removes the name only
$x = 'shared'; $r = &$x; unset($r); var_dump($x);
// properties
class U { public $p = 1; public int $typed = 2; }
$u = new U; unset($u->p, $u->typed);
var_dump($u);
try { echo $u->typed; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo $u->p ?? "p is gone\n";
// string offsets cannot be unset
$s = 'abc';
try { unset($s[0]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
// unset in a function does not touch the global
$g = 'global';
function f() { global $g; unset($g); var_dump(isset($g)); }
f(); var_dump($g);
// unset of a static property is a compile-time error, so not here; unset of $this-less property chains
$n = null;
unset($n->p); unset($n['k']); echo "unset through null is silent\n";
$i = 5;
try { unset($i[0]); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$f = false;
unset($f[0]); var_dump($f);
$fl = 1.5;
try { unset($fl['k']); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
bool(false)
unset of an undefined variable is silent
array(2) {
  ["a"]=>
  array(1) {
    ["c"]=>
    int(2)
  }
  [5]=>
  string(4) "five"
}
array(3) {
  [0]=>
  string(1) "a"
  [1]=>
  int(5)
  [2]=>
  int(6)
}
string(6) "shared"
object(U)#1 (0) {
  ["typed"]=>
  uninitialized(int)
}
Typed property U::$typed must not be accessed before initialization
p is gone
Cannot unset string offsets
bool(false)
string(6) "global"
unset through null is silent
Cannot unset offset in a non-array variable

Deprecated: Automatic conversion of false to array is deprecated in %s on line 30
bool(false)
Cannot unset offset in a non-array variable
