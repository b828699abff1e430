--TEST--
Constant expressions: undefined and visibility
--FILE--
<?php
class A {
    const BROKEN = NO_SUCH_CONSTANT;
    private const SECRET = 'secret';
    protected const SHARED = 'shared';
    public const OPEN = self::SECRET . '!';
    public static function secret() { return self::SECRET; }
}
class B extends A {
    public static function shared() { return parent::SHARED . ' via B'; }
}
echo A::OPEN, "\n", A::secret(), "\n", B::shared(), "\n";
try { echo A::BROKEN; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo A::BROKEN; } catch (Error $e) { echo "again: ", $e->getMessage(), "\n"; }
try { echo A::SECRET; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::SHARED; } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo A::MISSING; } catch (Error $e) { echo $e->getMessage(), "\n"; }
function f($x = Nope::X) { return $x; }
var_dump(f(1));
try { f(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
secret!
secret
shared via B
Error: Undefined constant "NO_SUCH_CONSTANT"
again: Undefined constant "NO_SUCH_CONSTANT"
Cannot access private constant A::SECRET
Cannot access protected constant A::SHARED
Undefined constant A::MISSING
int(1)
Class "Nope" not found
