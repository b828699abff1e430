--TEST--
Stack traces name namespaced closures in methods, static closures and generators fully qualified
--FILE--
<?php
namespace App;
class Foo {
    public function run() { $f = function ($x) { throw new \Exception("in closure"); }; $f(1); }
    public static function srun() { $f = static fn() => throw new \LogicException("static"); $f(); }
}
try { (new Foo)->run(); } catch (\Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { Foo::srun(); } catch (\Exception $e) { echo $e->getTraceAsString(), "\n"; print_r(array_map(fn($f) => ($f['class'] ?? '-') . ($f['type'] ?? '') . $f['function'], $e->getTrace())); }
function gen() { yield 1; throw new \RuntimeException("gen"); }
try { foreach (gen() as $v) {} } catch (\Exception $e) { echo $e->getTraceAsString(), "\n"; }
--EXPECTF--
#0 %s(4): App\Foo->App\{closure}(1)
#1 %s(7): App\Foo->run()
#2 {main}
#0 %s(5): App\Foo::App\{closure}()
#1 %s(8): App\Foo::srun()
#2 {main}
Array
(
    [0] => App\Foo::App\{closure}
    [1] => App\Foo::srun
)
#0 %s(10): App\gen()
#1 {main}
