--TEST--
Errors and traces name anonymous classes by their short name
--FILE--
<?php
// Errors name an anonymous class by its short name.
for ($i = 0; $i < 2; $i++) {
    try {
        $o = new class extends Missing {};
    } catch (Error $e) {
        echo get_class($e), ": ", $e->getMessage(), " (line ", $e->getLine(), ")\n";
    }
}
$o = new class {
    private $hidden = 1;
    public function take(int $n) { return $n; }
    public function fail() { throw new RuntimeException("failed inside"); }
    public static function make() { return new static; }
};
try { $o->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo $o->hidden; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $o->take("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
function want(int $n) {}
try { want($o); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { echo $o; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { $o->fail(); } catch (RuntimeException $e) { echo $e->getTraceAsString(), "\n"; }
var_dump($o->make() instanceof $o);
echo $o->undefinedProp ?? "default", "\n";
echo $o->undefinedProp;
echo "\n";
function run($obj) { $obj->fail(); }
run($o);
--EXPECTF--
Error: Class "Missing" not found (line 5)
Error: Class "Missing" not found (line 5)
Call to undefined method class@anonymous::missing()
Cannot access private property class@anonymous::$hidden
class@anonymous(): Argument #1 ($n) must be of type int, string given, called in %s on line 18
want(): Argument #1 ($n) must be of type int, class@anonymous given, called in %s on line 20
Object of class class@anonymous could not be converted to string
#0 %s(22): class@anonymous->fail()
#1 {main}
bool(true)
default

Warning: Undefined property: class@anonymous::$undefinedProp in %s on line 25


Fatal error: Uncaught RuntimeException: failed inside in %s:13
Stack trace:
#0 %s(27): class@anonymous->fail()
#1 %s(28): run(Object(class@anonymous))
#2 {main}
  thrown in %s on line 13
