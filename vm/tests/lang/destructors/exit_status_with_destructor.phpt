--TEST--
Destructors run after exit() with a status, which stays the exit status
--FILE--
<?php
class D {
    public function __destruct() { echo "destructor after exit(3)\n"; }
}
$d = new D;
echo "before\n";
exit(3);
--EXPECT--
before
destructor after exit(3)
