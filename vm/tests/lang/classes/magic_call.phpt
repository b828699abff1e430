--TEST--
__call and __callStatic: direct, static, self/static from an instance, callbacks, inherited
--FILE--
<?php
class Proxy {
    private $log = [];
    public function __call($name, $args) {
        $this->log[] = $name;
        return "$name(" . implode(", ", $args) . ")";
    }
    public static function __callStatic($name, $args) {
        return "static $name(" . count($args) . " args)";
    }
    public function real() { return "real"; }
    public function log() { return implode(",", $this->log); }
    public function inside() { return self::viaSelf(1) . " / " . static::viaStatic(); }
}
$p = new Proxy;
echo $p->hello(1, 2), "\n";
echo $p->world(), "\n";
echo $p->real(), "\n";
echo Proxy::build("a", "b"), "\n";
echo $p->inside(), "\n";
echo $p->log(), "\n";
echo call_user_func([$p, 'dyn'], 'x'), "\n";
echo call_user_func_array(['Proxy', 'stat'], [1, 2, 3]), "\n";
class Child extends Proxy {}
echo (new Child)->inherited(), " ", Child::inheritedStatic(), "\n";
class NoMagic {}
try { (new NoMagic)->missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { NoMagic::missing(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
$callable = [$p, 'viaArray'];
echo $callable(7), "\n";
$static = 'Proxy::viaString';
echo $static(1, 2), "\n";
--EXPECTF--
hello(1, 2)
world()
real
static build(2 args)
viaSelf(1) / viaStatic()
hello,world,viaSelf,viaStatic
dyn(x)
static stat(3 args)
inherited() static inheritedStatic(0 args)
Call to undefined method NoMagic::missing()
Call to undefined method NoMagic::missing()
viaArray(7)
static viaString(2 args)
