--TEST--
exceptions: uncaught from static methods called through a subclass
--FILE--
<?php
class Factory {
    public static function create(string $kind) { return static::build($kind, 1.5); }
    protected static function build($kind, $size) { throw new DomainException("unknown kind '$kind'"); }
}
class Sub extends Factory {}
Sub::create('widget');
--EXPECTF--

Fatal error: Uncaught DomainException: unknown kind 'widget' in %s:4
Stack trace:
#0 %s(3): Factory::build('widget', 1.5)
#1 %s(7): Factory::create('widget')
#2 {main}
  thrown in %s on line 4
