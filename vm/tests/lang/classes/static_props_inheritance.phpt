--TEST--
static properties: a subclass shares its parent's property unless it redeclares it
--FILE--
<?php
class A {
    public static $shared = 1;
    public static $own = "A";
    protected static $hidden = "A-hidden";
    private static $secret = "A-secret";

    public static function describe() {
        return static::class . ": own=" . static::$own . " self=" . self::$own
            . " hidden=" . static::$hidden . " secret=" . self::$secret;
    }
}
class B extends A {
    public static $own = "B";
    protected static $hidden = "B-hidden";

    public static function viaParent() {
        return parent::$own . "/" . self::$own . "/" . parent::$hidden . "/" . static::$shared;
    }
}
class C extends B {}

B::$shared++;
C::$shared += 10;
var_dump(A::$shared, B::$shared, C::$shared);

C::$own = "C!";
var_dump(A::$own, B::$own, C::$own);

echo A::describe(), "\n";
echo B::describe(), "\n";
echo C::describe(), "\n";
echo B::viaParent(), "\n";
echo C::viaParent(), "\n";

A::$shared = [1, 2];
var_dump(C::$shared);
?>
--EXPECT--
int(12)
int(12)
int(12)
string(1) "A"
string(2) "C!"
string(2) "C!"
A: own=A self=A hidden=A-hidden secret=A-secret
B: own=C! self=A hidden=B-hidden secret=A-secret
C: own=C! self=A hidden=B-hidden secret=A-secret
A/C!/A-hidden/12
A/C!/A-hidden/12
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
