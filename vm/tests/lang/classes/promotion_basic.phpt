--TEST--
constructor property promotion: visibility, types, defaults, readonly, mixed with plain parameters
--FILE--
<?php
class Point {
    public $label = "p";

    public function __construct(
        public int $x = 0,
        public int $y = 0,
        protected ?string $name = null,
        private readonly array $tags = [],
        $plain = "not a property",
    ) {
        echo "constructing with x=", $this->x, " plain=", $plain, "\n";
    }

    public $after = true;

    public function name() { return $this->name ?? "unnamed"; }
    public function tags() { return $this->tags; }
}

$p = new Point(1, "2", "origin", ["a"]);
var_dump($p);
var_dump($p->x + $p->y, $p->name(), $p->tags(), isset($p->plain));

$q = new Point();
var_dump($q->x, $q->name());

class Child extends Point {
    public function __construct(public string $extra = "e", int $x = 7) {
        parent::__construct($x, $x * 2);
    }
}
$c = new Child("more");
var_dump($c);

class Money {
    public function __construct(public readonly int $amount, public readonly string $currency = "EUR") {}
    public function add(Money $o): static { return new static($this->amount + $o->amount, $this->currency); }
}
$m = (new Money(5))->add(new Money(7));
echo $m->amount, " ", $m->currency, "\n";
?>
--EXPECT--
constructing with x=1 plain=not a property
object(Point)#1 (6) {
  ["label"]=>
  string(1) "p"
  ["x"]=>
  int(1)
  ["y"]=>
  int(2)
  ["name":protected]=>
  string(6) "origin"
  ["tags":"Point":private]=>
  array(1) {
    [0]=>
    string(1) "a"
  }
  ["after"]=>
  bool(true)
}
int(3)
string(6) "origin"
array(1) {
  [0]=>
  string(1) "a"
}
bool(false)
constructing with x=0 plain=not a property
int(0)
string(7) "unnamed"
constructing with x=7 plain=not a property
object(Child)#3 (7) {
  ["label"]=>
  string(1) "p"
  ["x"]=>
  int(7)
  ["y"]=>
  int(14)
  ["name":protected]=>
  NULL
  ["tags":"Point":private]=>
  array(0) {
  }
  ["after"]=>
  bool(true)
  ["extra"]=>
  string(4) "more"
}
12 EUR
