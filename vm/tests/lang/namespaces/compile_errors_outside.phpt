--TEST--
Code outside braced namespace blocks is a compile error
--FILE--
<?php
namespace A {
    echo 1;
}
echo 2;
--EXPECTF--

Fatal error: No code may exist outside of namespace {} in %s on line 5
