--TEST--
isset, empty, ?? and unset through __isset/__get/__unset and ArrayAccess, with the calls they make
--FILE--
<?php
class Magic {
    private $data = ['set' => 1, 'nul' => null, 'zero' => 0];
    public function __isset($n) { echo "__isset($n) "; return array_key_exists($n, $this->data); }
    public function __get($n) { echo "__get($n) "; return $this->data[$n] ?? null; }
    public function __unset($n) { echo "__unset($n) "; unset($this->data[$n]); }
}
$m = new Magic;
// isset calls __isset only; a true answer for a null value is still true
var_dump(isset($m->set)); var_dump(isset($m->nul)); var_dump(isset($m->none));
// empty calls __isset then __get
var_dump(empty($m->zero)); var_dump(empty($m->set)); var_dump(empty($m->none));
// ?? calls __isset then __get
var_dump($m->set ?? 'default'); var_dump($m->none ?? 'default');
unset($m->set); var_dump(isset($m->set));
class Store implements ArrayAccess {
    private $a = ['x' => 1, 'n' => null, 'z' => 0];
    public function offsetExists(mixed $k): bool { echo "exists($k) "; return array_key_exists($k, $this->a); }
    public function offsetGet(mixed $k): mixed { echo "get($k) "; return $this->a[$k] ?? null; }
    public function offsetSet(mixed $k, mixed $v): void { echo "set($k) "; $this->a[$k] = $v; }
    public function offsetUnset(mixed $k): void { echo "unset($k) "; unset($this->a[$k]); }
}
$s = new Store;
echo "\n";
var_dump(isset($s['x'])); var_dump(isset($s['n'])); var_dump(isset($s['q']));
var_dump(empty($s['z'])); var_dump(empty($s['x'])); var_dump(empty($s['q']));
var_dump($s['n'] ?? 'dflt'); var_dump($s['x'] ?? 'dflt');
$s['w'] ??= 'new'; echo "\n";
$s['x'] ??= 'kept'; echo "\n";
unset($s['x']); var_dump(isset($s['x']));
--EXPECTF--
__isset(set) bool(true)
__isset(nul) bool(true)
__isset(none) bool(false)
__isset(zero) __get(zero) bool(true)
__isset(set) __get(set) bool(false)
__isset(none) bool(true)
__isset(set) __get(set) int(1)
__isset(none) string(7) "default"
__unset(set) __isset(set) bool(false)

exists(x) bool(true)
exists(n) bool(true)
exists(q) bool(false)
exists(z) get(z) bool(true)
exists(x) get(x) bool(false)
exists(q) bool(true)
exists(n) get(n) string(4) "dflt"
exists(x) get(x) int(1)
exists(w) set(w) 
exists(x) get(x) 
unset(x) exists(x) bool(false)
