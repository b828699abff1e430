--TEST--
static properties: reads, writes, compound assignment, ++/--, self:: and static::
--FILE--
<?php
class Counter {
    public static $count = 0;
    public static $names = [];
    public static $label = "c";
    const START = 10;

    public static function add($name) {
        self::$count++;
        static::$names[] = $name;
        self::$label .= "+";
        return self::$count;
    }

    public function reset() {
        self::$count = self::START;
        static::$names = [];
    }
}

var_dump(Counter::$count);
var_dump(Counter::add("a"), Counter::add("b"));
var_dump(Counter::$count, Counter::$names, Counter::$label);

Counter::$count += 5;
Counter::$count *= 2;
var_dump(Counter::$count);
var_dump(Counter::$count--, --Counter::$count, ++Counter::$count, Counter::$count++);
var_dump(Counter::$count);

Counter::$names["k"] = [1];
Counter::$names["k"][] = 2;
Counter::$names["k"][0] += 10;
Counter::$names["k"][1]++;
unset(Counter::$names[0]);
var_dump(Counter::$names);

(new Counter)->reset();
var_dump(Counter::$count, Counter::$names);

$v = (Counter::$label = "new");
var_dump($v, Counter::$label);
echo "label: " . Counter::$label . ", count: {$v}\n";

Counter::$label = null;
Counter::$label ??= "default";
Counter::$label ??= "unused";
var_dump(Counter::$label);
var_dump(isset(Counter::$label), isset(Counter::$nope), empty(Counter::$count), Counter::$nope ?? "fallback");
var_dump(isset(Counter::$names["k"]), isset(Counter::$names["zz"]));
?>
--EXPECT--
int(0)
int(1)
int(2)
int(2)
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "b"
}
string(3) "c++"
int(14)
int(14)
int(12)
int(13)
int(13)
int(14)
array(2) {
  [1]=>
  string(1) "b"
  ["k"]=>
  array(2) {
    [0]=>
    int(11)
    [1]=>
    int(3)
  }
}
int(10)
array(0) {
}
string(3) "new"
string(3) "new"
label: new, count: new
string(7) "default"
bool(true)
bool(false)
bool(false)
string(8) "fallback"
bool(false)
bool(false)
