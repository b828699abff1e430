--TEST--
An unbraced namespace declaration inside a braced one is reported as mixing, before nesting
--FILE--
<?php
namespace A {
    namespace B;
}
--EXPECTF--

Fatal error: Cannot mix bracketed namespace declarations with unbracketed namespace declarations in %s on line 3
