--TEST--
nullsafe operator: a nullsafe chain cannot be referenced
--FILE--
<?php
$o = null;
$r = &$o?->a;
?>
--EXPECTF--

Fatal error: Cannot take reference of a nullsafe chain in %s on line 3
