--TEST--
Destructor output at shutdown goes through the output buffers
--FILE--
<?php
class D {
    public function __destruct() { echo "destructor output\n"; }
}
ob_start(fn($buf) => strtoupper($buf));
$d = new D;
echo "buffered\n";
--EXPECT--
BUFFERED
DESTRUCTOR OUTPUT
