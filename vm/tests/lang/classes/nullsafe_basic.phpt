--TEST--
nullsafe operator: ?-> on properties and method calls, null or not
--FILE--
<?php
class Address {
    public $city = "Paris";
    public $zip = null;
    public function format($sep) { return $this->city . $sep . ($this->zip ?? "-"); }
}
class User {
    public $address;
    public $name;
    public function __construct($name, $address = null) {
        $this->name = $name;
        $this->address = $address;
    }
    public function getAddress() { return $this->address; }
    public function self() { return $this; }
}

$with = new User("ann", new Address);
$without = new User("bob");
$nobody = null;

var_dump($with?->name, $with?->address?->city, $with->getAddress()?->format("/"));
var_dump($without?->name, $without?->address?->city, $without->getAddress()?->format("/"));
var_dump($nobody?->name, $nobody?->getAddress(), $nobody?->address?->city);
var_dump($with?->self()?->self()->name, $without->self()?->getAddress()?->zip);

foreach ([$with, $without, $nobody] as $u) {
    echo ($u?->name ?? "anonymous"), " lives in ", ($u?->getAddress()?->city ?? "nowhere"), "\n";
}

var_dump(isset($with?->address?->city), isset($without?->address?->city), isset($nobody?->name));
var_dump(empty($with?->address?->zip), empty($nobody?->name), empty($with?->name));
echo "interpolated: {$with?->address?->city} / {$nobody?->name}|\n";

$list = [$with, null];
var_dump($list[0]?->name, $list[1]?->name, $list[1]?->address["k"]);
$arr = ["u" => $with];
var_dump($arr["u"]?->address?->city);

$f = fn($x) => $x?->name;
var_dump($f($with), $f(null));
?>
--EXPECT--
string(3) "ann"
string(5) "Paris"
string(7) "Paris/-"
string(3) "bob"
NULL
NULL
NULL
NULL
NULL
string(3) "ann"
NULL
ann lives in Paris
bob lives in nowhere
anonymous lives in nowhere
bool(true)
bool(false)
bool(false)
bool(true)
bool(true)
bool(false)
interpolated: Paris / |
string(3) "ann"
NULL
NULL
string(5) "Paris"
string(3) "ann"
NULL
