--TEST--
__get, __set, __isset and __unset for missing and inaccessible properties; isset, empty, ??, compound assignment, indirect modification notice
--FILE--
<?php
class Bag {
    private $data = ['a' => 1];
    private $hidden = 'h';
    public $pub = 'p';
    public function __get($name) {
        echo "__get($name)\n";
        return $this->data[$name] ?? null;
    }
    public function __set($name, $value) {
        echo "__set($name)\n";
        $this->data[$name] = $value;
    }
    public function __isset($name) {
        echo "__isset($name)\n";
        return isset($this->data[$name]);
    }
    public function __unset($name) {
        echo "__unset($name)\n";
        unset($this->data[$name]);
    }
    public function inside() { return $this->hidden; }
}
$b = new Bag();
var_dump($b->a, $b->missing, $b->pub, $b->hidden);
$b->x = 5;
$b->pub = 'q';
$b->hidden = 'secret';
var_dump($b->x, $b->inside());
var_dump(isset($b->a), isset($b->nope), isset($b->pub), empty($b->a), empty($b->nope));
var_dump($b->a ?? 'default', $b->nope ?? 'default');
unset($b->x);
unset($b->pub);
var_dump(isset($b->x));
$b->pub = 'back';
var_dump($b->pub);
$b->a += 10;
var_dump($b->a);
$b->a++;
var_dump($b->a);
$b->list = [1];
$b->list[] = 2;
var_dump($b->list);
$b->obj = new stdClass;
$b->obj->v = 1;
var_dump($b->obj);
--EXPECTF--
__get(a)
__get(missing)
__get(hidden)
int(1)
NULL
string(1) "p"
NULL
__set(x)
__set(hidden)
__get(x)
int(5)
string(1) "h"
__isset(a)
__isset(nope)
__isset(a)
__get(a)
__isset(nope)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
__isset(a)
__get(a)
__isset(nope)
int(1)
string(7) "default"
__unset(x)
__isset(x)
bool(false)
__set(pub)
__get(pub)
string(4) "back"
__get(a)
__set(a)
__get(a)
int(11)
__get(a)
__set(a)
__get(a)
int(12)
__set(list)
__get(list)

Notice: Indirect modification of overloaded property Bag::$list has no effect in %s on line 42
__get(list)
array(1) {
  [0]=>
  int(1)
}
__set(obj)
__get(obj)
__get(obj)
object(stdClass)#2 (1) {
  ["v"]=>
  int(1)
}
