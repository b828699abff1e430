--TEST--
an uncaught exception prints php's fatal error with the stack trace
--FILE--
<?php
function inner($a, $b) {
    throw new RuntimeException("deep problem");
}
function outer() {
    inner(1, "a long string argument here");
}
echo "before\n";
outer();
echo "never\n";
--EXPECTF--
before

Fatal error: Uncaught RuntimeException: deep problem in %s:3
Stack trace:
#0 %s(6): inner(1, 'a long string a...')
#1 %s(9): outer()
#2 {main}
  thrown in %s on line 3
