--TEST--
The key in anonymous class names counts classes php cannot bind while compiling
--FILE--
<?php
// The run-time definition key at the end of an anonymous class's name
// counts the anonymous classes compiled before it, and the classes php
// cannot bind while compiling (with interfaces, traits or enum cases, or
// whose parent is not bound yet).
function key_of(object $o): string { return substr(strrchr(get_class($o), '$'), 1); }
interface I {}
class Plain {}
class Child extends Plain {}           // bound at once
class WithInterface implements I {}    // takes a key
class Later extends Declared {}        // parent not bound yet: takes a key
class Declared {}
trait T {}
class WithTrait { use T; }             // takes a key
enum E {}                              // takes a key
$objs = [new class {}];
class AfterUse extends WithInterface {} // parent was not bound: takes a key
$objs[] = new class extends Plain {};
function f() { return new class { function g() { return new class {}; } }; }
$objs[] = f();
$objs[] = f()->g();
foreach ($objs as $o) echo key_of($o), "\n";
--EXPECTF--
4
6
7
8
