--TEST--
nullsafe operator: assigning through a nullsafe chain is a compile error
--FILE--
<?php
$o = null;
echo "never\n";
$o?->a->b = 1;
?>
--EXPECTF--

Fatal error: Can't use nullsafe operator in write context in %s on line 4
