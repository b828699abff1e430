--TEST--
static properties: undeclared, invisible, instance-only and unset properties are Errors
--FILE--
<?php
class A {
    public static $n = 1;
    private static $priv = 2;
    protected static $prot = 3;
    public $inst = 4;

    public static function readPriv() { return self::$priv; }
}
class B extends A {
    public static function readProt() { return self::$prot; }
    public static function readPriv() { return self::$priv; }
}

function attempt(callable $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}

attempt(fn() => A::$missing);
attempt(fn() => A::$inst);
attempt(fn() => A::$priv);
attempt(fn() => A::$prot);
attempt(fn() => B::$prot);
attempt(fn() => A::readPriv());
attempt(fn() => B::readProt());
attempt(fn() => B::readPriv());
attempt(fn() => Missing::$x);
attempt(function () { A::$missing = 1; return "assigned"; });
attempt(function () { A::$missing++; return "incremented"; });
attempt(function () { A::$missing .= "x"; return "appended"; });
attempt(function () { A::$missing[] = 1; return "pushed"; });
attempt(function () { unset(A::$n); return "unset"; });
attempt(function () { unset(B::$missing); return "unset"; });
attempt(function () { return isset(A::$priv) ? "set" : "not set"; });
attempt(function () { return A::$priv ?? "coalesced"; });
attempt(function () { return self::$n; });
attempt(function () { return static::$n; });
var_dump(A::$n);
?>
--EXPECT--
Error: Access to undeclared static property A::$missing
Error: Access to undeclared static property A::$inst
Error: Cannot access private property A::$priv
Error: Cannot access protected property A::$prot
Error: Cannot access protected property B::$prot
int(2)
int(3)
Error: Cannot access private property B::$priv
Error: Class "Missing" not found
Error: Access to undeclared static property A::$missing
Error: Access to undeclared static property A::$missing
Error: Access to undeclared static property A::$missing
Error: Access to undeclared static property A::$missing
Error: Attempt to unset static property A::$n
Error: Attempt to unset static property B::$missing
string(7) "not set"
string(9) "coalesced"
Error: Cannot access "self" when no class scope is active
Error: Cannot access "static" when no class scope is active
int(1)
