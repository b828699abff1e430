--TEST--
interface methods must be public
--FILE--
<?php
interface I {
    function ok();
    protected function hidden();
}
?>
--EXPECTF--

Fatal error: Access type for interface method I::hidden() must be public in %s on line 4
