--TEST--
Code before the first namespace declaration is a compile error
--FILE--
<?php
echo "before\n";

namespace App;
--EXPECTF--

Fatal error: Namespace declaration statement has to be the very first statement or after any declare call in the script in %s on line 4
