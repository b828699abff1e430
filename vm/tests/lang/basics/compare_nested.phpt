--TEST--
Loose comparison of arrays holding objects, and of objects that contain themselves
--FILE--
<?php
$a = new stdClass; $a->x = 1; $b = new stdClass; $b->x = 2;
var_dump([$a] == [$b], [$a] == [$a], [$a] < [$b], [1, [$a]] <=> [1, [$b]]);
$c = new stdClass; $c->x = 1;
var_dump([$a] == [$c], $a == $c);
var_dump([1, 2] == [2 => 1], [1, 2] < [1, 3], ["a" => 1] == ["b" => 1]);
$d = []; for ($i = 0; $i < 100; $i++) { $d = [$d]; }
$e = []; for ($i = 0; $i < 100; $i++) { $e = [$e]; }
var_dump($d == $e);
$p = new stdClass; $p->self = $p; $q = new stdClass; $q->self = $q;
var_dump($p == $q);
echo "not reached\n";
--EXPECTF--
bool(false)
bool(true)
bool(true)
int(-1)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)

Fatal error: Nesting level too deep - recursive dependency? in %s on line 11
