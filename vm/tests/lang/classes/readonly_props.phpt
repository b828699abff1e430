--TEST--
readonly properties: initialised once from inside the class, then immutable
--FILE--
<?php
class User {
    public readonly int $id;
    public readonly string $name;
    protected readonly array $roles;

    public function __construct(int $id, string $name) {
        $this->id = $id;
        $this->name = $name;
    }
    public function setRoles(array $r) { $this->roles = $r; return $this; }
    public function roles() { return $this->roles; }
    public function rename($n) { $this->name = $n; }
}
class Admin extends User {
    public function grant() { $this->roles = ["all"]; }
}

function attempt($label, callable $f) {
    try {
        $r = $f();
        echo $label, ": ok", ($r === null ? "" : " " . json($r)), "\n";
    } catch (Error $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}
function json($v) { return is_array($v) ? "[" . implode(",", $v) . "]" : (string)$v; }

$u = new User(1, "ann");
attempt("read", fn() => $u->id . " " . $u->name);
attempt("write outside", function () use ($u) { $u->id = 2; });
attempt("write inside", fn() => $u->rename("bob"));
attempt("compound", function () use ($u) { $u->id += 1; });
attempt("increment", function () use ($u) { $u->id++; });
attempt("uninitialized", fn() => $u->roles());
attempt("init later", fn() => $u->setRoles(["a", "b"])->roles());
attempt("init twice", fn() => $u->setRoles(["c"]));
attempt("unset", function () use ($u) { unset($u->name); });
attempt("child init", fn() => (new Admin(2, "root"))->grant());
attempt("outside init", function () { $a = new Admin(3, "x"); $a->roles = []; });
attempt("value kept", fn() => $u->id . " " . $u->name);

$c = clone $u;
attempt("clone keeps", fn() => $c->name);
attempt("clone is readonly", function () use ($c) { $c->name = "copy"; });
var_dump($u);
?>
--EXPECT--
read: ok 1 ann
write outside: Error: Cannot modify readonly property User::$id
write inside: Error: Cannot modify readonly property User::$name
compound: Error: Cannot modify readonly property User::$id
increment: Error: Cannot modify readonly property User::$id
uninitialized: Error: Typed property User::$roles must not be accessed before initialization
init later: ok [a,b]
init twice: Error: Cannot modify readonly property User::$roles
unset: Error: Cannot unset readonly property User::$name
child init: Error: Cannot initialize readonly property User::$roles from scope Admin
outside init: Error: Cannot access protected property Admin::$roles
value kept: ok 1 ann
clone keeps: ok ann
clone is readonly: Error: Cannot modify readonly property User::$name
object(User)#1 (3) {
  ["id"]=>
  int(1)
  ["name"]=>
  string(3) "ann"
  ["roles":protected]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    string(1) "b"
  }
}
