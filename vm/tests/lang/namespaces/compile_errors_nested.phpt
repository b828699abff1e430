--TEST--
Nested namespace declarations are a compile error
--FILE--
<?php
namespace A {
    namespace B {
    }
}
--EXPECTF--

Fatal error: Namespace declarations cannot be nested in %s on line 3
