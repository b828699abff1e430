--TEST--
an exception thrown by the exception handler is uncaught, from an internal call
--FILE--
<?php
set_exception_handler(function ($e) {
    echo "handling ", $e->getMessage(), "\n";
    throw new LogicException("from the handler");
});
throw new Exception("original");
--EXPECTF--
handling original

Fatal error: Uncaught LogicException: from the handler in %s:4
Stack trace:
#0 [internal function]: {closure}(Object(Exception))
#1 {main}
  thrown in %s on line 4
