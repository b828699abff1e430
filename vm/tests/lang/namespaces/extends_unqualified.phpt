--TEST--
An unqualified parent class in a namespace does not fall back to the global class
--FILE--
<?php
namespace App;

// Inside a namespace, an unqualified class name never falls back to the
// global class: `Exception` here means App\Exception.
class Broken extends Exception {}
--EXPECTF--

Fatal error: Uncaught Error: Class "App\Exception" not found in %s:6
Stack trace:
#0 {main}
  thrown in %s on line 6
