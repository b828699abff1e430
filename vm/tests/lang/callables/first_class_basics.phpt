--TEST--
First-class callable syntax: basics
--FILE--
<?php
function double(int $x): int { return $x * 2; }
$d = double(...);
var_dump($d instanceof Closure);
echo $d(21), "\n";
echo implode(',', array_map(double(...), [1, 2, 3])), "\n";
$up = strtoupper(...);
echo $up('abc'), "\n";
echo implode(' ', array_map(ucfirst(...), ['hello', 'world'])), "\n";
$len = strlen(...);
var_dump($len('four'));
class Greeter {
    public function __construct(private string $greeting) {}
    public function greet(string $name): string { return "$this->greeting, $name!"; }
    private function secret(): string { return 'secret of ' . $this->greeting; }
    public function secretGetter(): Closure { return $this->secret(...); }
    public static function make(string $g): static { return new static($g); }
    public function __invoke($x) { return "invoked with $x"; }
}
$g = new Greeter('Hi');
$greet = $g->greet(...);
echo $greet('Ann'), "\n";
echo $g->secretGetter()(), "\n";
$make = Greeter::make(...);
echo $make('Yo')->greet('Bob'), "\n";
$inv = $g(...);
echo $inv(5), "\n";
$f = 'double';
$viaVar = $f(...);
echo $viaVar(4), "\n";
$arr = [$g, 'greet'];
echo $arr(...)('Cy'), "\n";
$again = $d(...);
var_dump($again === $d);
echo call_user_func($greet, 'Dee'), "\n";
$list = ["b", "c", "a"]; usort($list, strcmp(...)); echo implode(",", $list), "\n";
--EXPECTF--
bool(true)
42
2,4,6
ABC
Hello World
int(4)
Hi, Ann!
secret of Hi
Yo, Bob!
invoked with 5
8
Hi, Cy!
bool(true)
Hi, Dee!
a,b,c
