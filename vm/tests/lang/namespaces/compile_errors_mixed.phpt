--TEST--
Mixing braced and unbraced namespace declarations is a compile error
--FILE--
<?php
namespace A;
echo 1;

namespace B {
    echo 2;
}
--EXPECTF--

Fatal error: Cannot mix bracketed namespace declarations with unbracketed namespace declarations in %s on line 5
