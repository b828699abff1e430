--TEST--
An uncaught exception from an included file names that file and its lines
--FILE--
<?php
require __DIR__ . '/fixtures/throws.inc';
--EXPECTF--

Fatal error: Uncaught RuntimeException: from the included file in %s/fixtures/throws.inc:3
Stack trace:
#0 %s/fixtures/throws.inc(5): thrower('from the includ...')
#1 %s/exception_uncaught.php(2): require('%s')
#2 {main}
  thrown in %s/fixtures/throws.inc on line 3
