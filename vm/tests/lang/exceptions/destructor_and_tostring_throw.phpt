--TEST--
exceptions: exceptions from destructors and __toString, and a __toString returning a non-string
--FILE--
<?php
class D { public function __construct(public $n) {} public function __destruct() { throw new Exception("destructor {$this->n}"); } }
try { $d = new D(1); unset($d); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { new D(2); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }
function scope() { $d = new D(3); echo "leaving scope\n"; }
try { scope(); } catch (Exception $e) { echo "caught: ", $e->getMessage(), "\n"; }

class S { public function __toString(): string { throw new LogicException('no string for you'); } }
try { echo new S; } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { $x = 'a' . new S; } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { strlen(new S); } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
try { $x = "interp " . new S . " more"; } catch (LogicException $e) { echo "caught: ", $e->getMessage(), "\n"; }
class R { public function __toString(): string { return 5; } }
try { echo new R, "\n"; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
--EXPECTF--
caught: destructor 1
caught: destructor 2
leaving scope
caught: destructor 3
caught: no string for you
caught: no string for you
caught: no string for you
caught: no string for you
5
