--TEST--
interfaces may not include properties
--FILE--
<?php
interface I {
    const A = 1;
    public $p = 1;
}
?>
--EXPECTF--

Fatal error: Interfaces may not include properties in %s on line 4
