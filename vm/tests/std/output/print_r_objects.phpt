--TEST--
print_r of objects: visibility annotations, nesting and recursion
--FILE--
<?php
class Point { public $x = 1; protected $y = 2; private $z = 3; }
class Point3 extends Point { public $w = [4]; }
class Node { public $name; public $next = null; public $children = []; }
print_r(new Point);
print_r(new Point3);
$o = new stdClass;
print_r($o);
$o->a = 1;
$o->list = [1, 2];
$o->inner = new stdClass;
$o->inner->b = "two";
print_r($o);
print_r([new Point, "k" => $o]);
$n = new Node;
$n->name = "self";
$n->next = $n;
print_r($n);
$p = new Node;
$p->name = "parent";
$c = new Node;
$c->name = "child";
$c->next = $p;
$p->children = [$c];
print_r($p);
var_dump(print_r(new Point, true));
?>
--EXPECT--
Point Object
(
    [x] => 1
    [y:protected] => 2
    [z:Point:private] => 3
)
Point3 Object
(
    [x] => 1
    [y:protected] => 2
    [z:Point:private] => 3
    [w] => Array
        (
            [0] => 4
        )

)
stdClass Object
(
)
stdClass Object
(
    [a] => 1
    [list] => Array
        (
            [0] => 1
            [1] => 2
        )

    [inner] => stdClass Object
        (
            [b] => two
        )

)
Array
(
    [0] => Point Object
        (
            [x] => 1
            [y:protected] => 2
            [z:Point:private] => 3
        )

    [k] => stdClass Object
        (
            [a] => 1
            [list] => Array
                (
                    [0] => 1
                    [1] => 2
                )

            [inner] => stdClass Object
                (
                    [b] => two
                )

        )

)
Node Object
(
    [name] => self
    [next] => Node Object
 *RECURSION*
    [children] => Array
        (
        )

)
Node Object
(
    [name] => parent
    [next] => 
    [children] => Array
        (
            [0] => Node Object
                (
                    [name] => child
                    [next] => Node Object
 *RECURSION*
                    [children] => Array
                        (
                        )

                )

        )

)
string(80) "Point Object
(
    [x] => 1
    [y:protected] => 2
    [z:Point:private] => 3
)
"
