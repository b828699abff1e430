--TEST--
Union types: php's order in TypeError messages
--FILE--
<?php
function f(int|null $a, string|int|A|false|null $b, float|int $c) {}
try { f([], 1, 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(1, [], 1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { f(1, 1, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
--EXPECTF--
f(): Argument #1 ($a) must be of type ?int, array given, called in %s on line 3
f(): Argument #2 ($b) must be of type A|string|int|false|null, array given, called in %s on line 4
f(): Argument #3 ($c) must be of type int|float, array given, called in %s on line 5
