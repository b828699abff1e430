--TEST--
typed static properties: uninitialized state, coercion and TypeErrors on = and op=
--FILE--
<?php
class Config {
    public static int $count = 0;
    public static ?string $name;
    public static float $ratio = 1;
    protected static array $items = [];

    public static function add($item) {
        static::$items[] = $item;
        return count(self::$items);
    }
}
class Sub extends Config {}

function attempt($label, callable $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

attempt("uninitialized", fn() => Config::$name);
attempt("uninitialized via subclass", fn() => Sub::$name);
var_dump(isset(Config::$name), Config::$name ?? "default", Config::$ratio);
attempt("numeric string", fn() => Config::$count = "5");
attempt("bad string", fn() => Config::$count = "five");
attempt("float", fn() => Sub::$count = 7.0);
attempt("int to ?string", fn() => Config::$name = 12);
attempt("null to ?string", fn() => Config::$name = null);
attempt("compound", fn() => Config::$count += 1);
attempt("compound bad", fn() => Config::$count .= "x");
attempt("array to int", fn() => Config::$count = []);
attempt("shared", fn() => Config::$count . "/" . Sub::$count);
attempt("add", fn() => Config::add("a") + Sub::add("b"));
attempt("var_dump arg", function () { var_dump(Config::$count, Sub::$ratio); return "done"; });
?>
--EXPECT--
uninitialized: Error: Typed static property Config::$name must not be accessed before initialization
uninitialized via subclass: Error: Typed static property Config::$name must not be accessed before initialization
bool(false)
string(7) "default"
float(1)
int(5)
bad string: TypeError: Cannot assign string to property Config::$count of type int
int(7)
string(2) "12"
NULL
int(8)
compound bad: TypeError: Cannot assign string to property Config::$count of type int
array to int: TypeError: Cannot assign array to property Config::$count of type int
string(3) "8/8"
int(3)
int(8)
float(1)
string(4) "done"
