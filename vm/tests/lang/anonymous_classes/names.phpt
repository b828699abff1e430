--TEST--
Anonymous class names: full with get_class and ::class, cut at the NUL byte in dumps
--FILE--
<?php
// php names an anonymous class after its parent, else its first
// interface, else "class", then "@anonymous", a NUL byte, the file, the
// line of `class` and a run-time definition key. Messages, dumps and
// traces stop at the NUL byte; get_class() and ::class give it all.
interface Marker {}
class Parent_ {}
function shown(string $name): string { return str_replace("\0", "<NUL>", $name); }

$plain = new class {
    public function names(): array {
        return [self::class, static::class, __CLASS__, __METHOD__, get_class(), get_class($this)];
    }
};
$child = new class extends Parent_ implements Marker {};
$marked = new class implements Marker, Countable {
    public function count(): int { return 0; }
};

foreach ([$plain, $child, $marked] as $o) {
    $name = get_class($o);
    echo shown($name), "\n";
    var_dump(strlen($name) > 15, str_contains($name, "@anonymous"), strstr($name, "\0", true));
    var_dump(get_debug_type($o));
    var_dump(class_exists($name), $o instanceof $name);
}
foreach ($plain->names() as $n) echo shown($n), "\n";

var_dump($plain, $child);
print_r($marked);
echo "\n";
var_dump([$child]);
var_export(str_starts_with(get_class($plain), "class@anonymous\0" . __FILE__ . ":"));
echo "\n";

// Private members show the short name too.
$secret = new class { private $key = 42; protected $p = 1; };
var_dump($secret);
print_r($secret);
echo "\n";
var_dump(str_contains(print_r($secret, true), "\0"));
--EXPECTF--
class@anonymous<NUL>%s:10$0
bool(true)
bool(true)
string(15) "class@anonymous"
string(15) "class@anonymous"
bool(true)
bool(true)
Parent_@anonymous<NUL>%s:15$1
bool(true)
bool(true)
string(17) "Parent_@anonymous"
string(17) "Parent_@anonymous"
bool(true)
bool(true)
Marker@anonymous<NUL>%s:16$2
bool(true)
bool(true)
string(16) "Marker@anonymous"
string(16) "Marker@anonymous"
bool(true)
bool(true)
class@anonymous<NUL>%s:10$0
class@anonymous<NUL>%s:10$0
class@anonymous<NUL>%s:10$0
class@anonymous<NUL>%s:10$0::names
class@anonymous<NUL>%s:10$0
class@anonymous<NUL>%s:10$0
object(class@anonymous)#1 (0) {
}
object(Parent_@anonymous)#2 (0) {
}
Marker@anonymous Object
(
)

array(1) {
  [0]=>
  object(Parent_@anonymous)#2 (0) {
  }
}
true
object(class@anonymous)#4 (2) {
  ["key":"class@anonymous":private]=>
  int(42)
  ["p":protected]=>
  int(1)
}
class@anonymous Object
(
    [key:class@anonymous:private] => 42
    [p:protected] => 1
)

bool(false)
