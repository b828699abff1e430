--TEST--
goto: into loop
--FILE--
<?php
goto inside;
for ($i = 0; $i < 2; $i++) {
    inside:
    echo $i;
}
--EXPECTF--

Fatal error: 'goto' into loop or switch statement is disallowed in %s on line 2
