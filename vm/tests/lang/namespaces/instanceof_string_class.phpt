--TEST--
instanceof with a class in a variable: strings are fully qualified names, objects stand for their class
--FILE--
<?php
namespace Zoo;

interface Animal {}
class Cat implements Animal {}
class Lion extends Cat {}

$lion = new Lion;
// A class name in a variable is fully qualified; an unknown class is no error.
foreach (['Zoo\Cat', '\Zoo\Animal', 'zoo\lion', 'Cat', 'Nope\Thing', 'stdClass'] as $cls) {
    echo str_pad($cls, 12), var_export($lion instanceof $cls, true), "\n";
}
// An object stands for its class.
$cat = new Cat;
var_dump($lion instanceof $cat, $cat instanceof $lion, "str" instanceof $cat);
try {
    var_dump($lion instanceof $undefined);
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Zoo\Cat     true
\Zoo\Animal true
zoo\lion    true
Cat         false
Nope\Thing  false
stdClass    false
bool(true)
bool(false)
bool(false)

Warning: Undefined variable $undefined in %s on line 17
Class name must be a valid object or a string
