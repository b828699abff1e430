--TEST--
Enums: in match and arrays
--FILE--
<?php
enum Op: string {
    case Add = '+';
    case Mul = '*';
    public function apply(int $a, int $b): int {
        return match ($this) {
            self::Add => $a + $b,
            self::Mul => $a * $b,
        };
    }
}
$ops = [Op::Add, Op::Mul, Op::from('+')];
foreach ($ops as $op) {
    echo "3 {$op->value} 4 = ", $op->apply(3, 4), "\n";
}
var_dump(in_array(Op::Mul, $ops, true), array_search(Op::Mul, $ops, true));
var_dump(array_unique(array_map(fn($o) => $o->name, $ops)));
$byName = [];
foreach (Op::cases() as $c) { $byName[$c->name] = $c; }
var_dump($byName['Mul'] === Op::Mul);
var_dump(count(array_filter($ops, fn($o) => $o === Op::Add)));
switch (Op::Mul) {
    case Op::Add: echo "add\n"; break;
    case Op::Mul: echo "mul\n"; break;
}
--EXPECTF--
3 + 4 = 7
3 * 4 = 12
3 + 4 = 7
bool(true)
int(1)
array(2) {
  [0]=>
  string(3) "Add"
  [1]=>
  string(3) "Mul"
}
bool(true)
int(2)
mul
