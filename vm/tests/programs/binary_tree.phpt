--TEST--
a binary search tree: nullable typed properties, recursion, IteratorAggregate with recursive generators, Countable
--FILE--
<?php
class Node {
    public ?Node $left = null;
    public ?Node $right = null;
    public function __construct(public int $key, public string $value) {}
}
class Tree implements IteratorAggregate, Countable {
    private ?Node $root = null;
    private int $size = 0;
    public function insert(int $key, string $value): void {
        $this->root = $this->insertAt($this->root, $key, $value);
    }
    private function insertAt(?Node $n, int $key, string $value): Node {
        if ($n === null) {
            $this->size++;
            return new Node($key, $value);
        }
        if ($key < $n->key) {
            $n->left = $this->insertAt($n->left, $key, $value);
        } elseif ($key > $n->key) {
            $n->right = $this->insertAt($n->right, $key, $value);
        } else {
            $n->value = $value;
        }
        return $n;
    }
    public function count(): int { return $this->size; }
    public function getIterator(): Iterator { return $this->walk($this->root); }
    private function walk(?Node $n): Generator {
        if ($n === null) return;
        yield from $this->walk($n->left);
        yield $n->key => $n->value;
        yield from $this->walk($n->right);
    }
    public function height(?Node $n = null, bool $top = true): int {
        if ($top) $n = $this->root;
        if ($n === null) return 0;
        return 1 + max($this->height($n->left, false), $this->height($n->right, false));
    }
}
$t = new Tree;
foreach ([50, 30, 70, 20, 40, 60, 80, 30] as $i => $k) {
    $t->insert($k, "v$k#$i");
}
echo count($t), " nodes, height ", $t->height(), "\n";
foreach ($t as $k => $v) {
    echo "$k=$v ";
}
echo "\n";
$keys = [];
foreach ($t as $k => $_) $keys[] = $k;
echo implode(",", array_filter($keys, fn($k) => $k % 20 == 0)), "\n";
--EXPECTF--
7 nodes, height 3
20=v20#3 30=v30#7 40=v40#4 50=v50#0 60=v60#5 70=v70#2 80=v80#6 
20,40,60,80
