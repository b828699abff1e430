--TEST--
built-in interfaces: ArrayAccess objects read, written, tested and unset with [] syntax
--FILE--
<?php
class Registry implements ArrayAccess, Countable {
    private $data = [];
    public function offsetExists($k): bool {
        echo "offsetExists(", var_export_short($k), ")\n";
        return isset($this->data[$k]);
    }
    public function offsetGet($k): mixed {
        echo "offsetGet(", var_export_short($k), ")\n";
        return $this->data[$k] ?? null;
    }
    public function offsetSet($k, $v): void {
        echo "offsetSet(", var_export_short($k), ", ", var_export_short($v), ")\n";
        $d = $this->data;
        if ($k === null) { $d[] = $v; } else { $d[$k] = $v; }
        $this->data = $d;
    }
    public function offsetUnset($k): void {
        echo "offsetUnset(", var_export_short($k), ")\n";
        $d = $this->data;
        unset($d[$k]);
        $this->data = $d;
    }
    public function count(): int { return count($this->data); }
}
function var_export_short($v) { return $v === null ? "null" : (is_string($v) ? "'$v'" : (string)$v); }

$r = new Registry;
$r["a"] = 1;
$r[] = "pushed";
$r[5] = 0;
var_dump($r["a"], $r["missing"]);
var_dump(isset($r["a"]), isset($r["missing"]), empty($r["a"]), empty($r[5]));
var_dump($r["a"] ?? "default", $r["missing"] ?? "default");
unset($r["a"]);
var_dump(isset($r["a"]), count($r));
$x = ($r["k"] = "v");
var_dump($x);

class NotArray {}
$n = new NotArray;
try {
    echo $n["x"];
} catch (Error $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
?>
--EXPECT--
offsetSet('a', 1)
offsetSet(null, 'pushed')
offsetSet(5, 0)
offsetGet('a')
offsetGet('missing')
int(1)
NULL
offsetExists('a')
offsetExists('missing')
offsetExists('a')
offsetGet('a')
offsetExists(5)
offsetGet(5)
bool(true)
bool(false)
bool(false)
bool(true)
offsetExists('a')
offsetGet('a')
offsetExists('missing')
int(1)
string(7) "default"
offsetUnset('a')
offsetExists('a')
bool(false)
int(2)
offsetSet('k', 'v')
string(1) "v"
Error: Cannot use object of type NotArray as array
