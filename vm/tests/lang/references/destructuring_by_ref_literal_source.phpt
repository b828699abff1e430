--TEST--
Destructuring by reference from a literal is a compile error
--FILE--
<?php
echo "never\n";
[$a, &$b] = [1, 2];
--EXPECTF--

Fatal error: Cannot assign reference to non referenceable value in %s on line 3
