--TEST--
namespace relative names for functions, classes and constants
--FILE--
<?php
namespace Outer\Inner;

function f() { return __FUNCTION__; }
class C { const X = 'C::X'; }
const Y = 'Y in ' . __NAMESPACE__;

echo namespace\f(), "\n";
echo namespace\C::X, "\n";
echo namespace\Y, "\n";
echo get_class(new namespace\C), "\n";
echo namespace\C::class, "\n";
--EXPECT--
Outer\Inner\f
C::X
Y in Outer\Inner
Outer\Inner\C
Outer\Inner\C
