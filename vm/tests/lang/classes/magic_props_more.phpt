--TEST--
magic property methods: inheritance and scope, interpolation, nested isset, exceptions from __set, typed properties, writes through __get
--FILE--
<?php
class Base {
    protected $prot = 'base';
    private $priv = 'hidden';
    public function __get($n) { echo static::class, " get $n\n"; return strtoupper($n); }
    public function __isset($n) { echo "isset $n\n"; return $n !== 'no'; }
}
class Child extends Base {
    public function readProt() { return $this->prot; }
    public function readPriv() { return $this->priv; }
}
$c = new Child();
var_dump($c->prot, $c->readProt(), $c->readPriv());
echo "value: {$c->name}\n";
var_dump(isset($c->inner->deep), isset($c->no->deep));
var_dump($c->arr['k'] ?? 'none');

class Node {
    private $kids = [];
    public function __get($n) {
        echo "get $n\n";
        if (!isset($this->kids[$n])) {
            $this->kids[$n] = new stdClass();
        }
        return $this->kids[$n];
    }
    public function __set($n, $v) {
        echo "set $n\n";
        throw new LogicException("read-only $n");
    }
}
$n = new Node();
$n->a->b = 1;
var_dump(isset($n->a));
try {
    $n->x = 1;
} catch (LogicException $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

class Typed {
    public int $count = 0;
    private array $store = [];
    public function __set($n, $v) { echo "set $n\n"; $this->store[$n] = $v; }
    public function __get($n) { echo "get $n\n"; return $this->store[$n] ?? null; }
    public function __unset($n) { echo "unset $n\n"; unset($this->store[$n]); }
}
$t = new Typed();
$t->count = "5";
var_dump($t->count);
try {
    $t->count = "many";
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
$t->store = [1];
var_dump($t->store);
unset($t->store);
var_dump(isset($t->store), empty($t->store));
$t->items = [1, 2];
$t->items['k'] = 3;
var_dump($t->items);
$t->label = 'a';
$t->label .= 'b';
var_dump($t->label);
--EXPECTF--
Child get prot
Child get priv
string(4) "PROT"
string(4) "base"
string(4) "PRIV"
Child get name
value: NAME
isset inner
Child get inner
isset no
bool(false)
bool(false)
isset arr
Child get arr
string(4) "none"
get a
bool(false)
set x
LogicException: read-only x
int(5)
TypeError: Cannot assign string to property Typed::$count of type int
set store
get store
array(1) {
  [0]=>
  int(1)
}
unset store
bool(false)
bool(true)
set items
get items

Notice: Indirect modification of overloaded property Typed::$items has no effect in %s on line 61
get items
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
set label
get label
set label
get label
string(2) "ab"
