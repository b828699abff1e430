--TEST--
__toString called from echo, concatenation, casts, interpolation and comparisons goes on in the caller
--FILE--
<?php
class Tag {
    private $name;
    public function __construct($name) { $this->name = $name; }
    public function __toString(): string { return "<" . $this->name . ">"; }
}
$t = new Tag("b");
echo "a", $t, "c\n";
echo $t . "|" . $t, "\n";
$s = (string)$t;
echo "cast: $s, interpolated: $t and {$t}\n";
var_dump($t == "<b>", "<b>" == $t, $t instanceof Stringable);
function wrap($x) { $before = 1; echo "[", $x, "]"; $after = 2; return $before + $after; }
var_dump(wrap($t));
print $t;
print "\n";
?>
--EXPECT--
a<b>c
<b>|<b>
cast: <b>, interpolated: <b> and <b>
bool(true)
bool(true)
bool(true)
[<b>]int(3)
<b>
