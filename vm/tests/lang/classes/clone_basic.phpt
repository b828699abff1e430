--TEST--
clone: a shallow copy with its own identity; objects held in properties stay shared
--FILE--
<?php
class Point {
    public $x = 0;
    public $y = 0;
    protected $tag = "p";
    private $secret = [1, 2];
    public function tag() { return $this->tag . count($this->secret); }
}
class Line {
    public $from;
    public $to;
    public $meta = ["color" => "red"];
}

$p = new Point;
$p->x = 3;
$q = clone $p;
var_dump($q);
$q->x = 10;
$q->extra = "dyn";
var_dump($p->x, $q->x, $p == $q, $p === $q, $q->tag(), isset($p->extra));

$l = new Line;
$l->from = $p;
$l->to = new Point;
$m = clone $l;
$meta = $m->meta;
$meta["color"] = "blue";
$m->meta = $meta;
$m->from->y = 99;
var_dump($l->meta["color"], $m->meta["color"], $l->from === $m->from, $p->y);

$s = new stdClass;
$s->list = [1, 2, 3];
$t = clone $s;
$list = $t->list;
$list[] = 4;
$t->list = $list;
var_dump(count($s->list), count($t->list));
echo (clone $p)->x, "\n";
$copies = [clone $p, clone $p];
$copies[0]->x = 1;
var_dump($copies[0]->x, $copies[1]->x, $p->x);

$f = function ($n) { return $n * 2; };
$g = clone $f;
var_dump($g(21), $g instanceof Closure, $g === $f);
?>
--EXPECTF--
object(Point)#2 (4) {
  ["x"]=>
  int(3)
  ["y"]=>
  int(0)
  ["tag":protected]=>
  string(1) "p"
  ["secret":"Point":private]=>
  array(2) {
    [0]=>
    int(1)
    [1]=>
    int(2)
  }
}

Deprecated: Creation of dynamic property Point::$extra is deprecated in %s on line 20
int(3)
int(10)
bool(false)
bool(false)
string(2) "p2"
bool(false)
string(3) "red"
string(4) "blue"
bool(true)
int(99)
int(3)
int(4)
3
int(1)
int(3)
int(3)
int(42)
bool(true)
bool(false)
