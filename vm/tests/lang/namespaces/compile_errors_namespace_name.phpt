--TEST--
namespace is not a valid namespace name
--FILE--
<?php
namespace namespace;
--EXPECTF--

Fatal error: Cannot use 'namespace' as namespace name in %s on line 2
