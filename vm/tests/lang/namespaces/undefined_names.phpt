--TEST--
Errors for undefined namespaced functions, constants and classes name them fully qualified
--FILE--
<?php
namespace App;

use Some\Missing;

foreach ([
    fn() => nothing(),
    fn() => \Other\nothing(),
    fn() => NOPE,
    fn() => \Other\NOPE,
    fn() => new Missing,
    fn() => new Unknown,
    fn() => Unknown::X,
    fn() => Missing::run(),
] as $f) {
    try {
        $f();
    } catch (\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
--EXPECT--
Error: Call to undefined function App\nothing()
Error: Call to undefined function Other\nothing()
Error: Undefined constant "App\NOPE"
Error: Undefined constant "Other\NOPE"
Error: Class "Some\Missing" not found
Error: Class "App\Unknown" not found
Error: Class "App\Unknown" not found
Error: Class "Some\Missing" not found
