--TEST--
new with a class name in a variable or expression: strings are fully qualified names, objects stand for their class
--FILE--
<?php
namespace Plugins;

class Audio { public function __construct(public string $file = 'none') {} }

// A class name in a string is always fully qualified: imports and the
// current namespace do not apply.
$cls = 'Plugins\Audio';
$a = new $cls('song.mp3');
echo get_class($a), " ", $a->file, "\n";

$cls = '\Plugins\Audio';
echo get_class(new $cls), "\n";

$cls = __NAMESPACE__ . '\AUDIO';
echo get_class(new $cls()), "\n";

echo get_class(new (Audio::class)), "\n";
echo get_class(new ('Plugins' . '\\' . 'Audio')('x')), "\n";

// An object stands for its class.
$b = new $a('copy');
echo get_class($b), " ", $b->file, "\n";

foreach (['Audio', 'Nope\Audio', 42] as $bad) {
    try {
        new $bad;
    } catch (\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
try {
    new $undefined;
} catch (\Error $e) {
    echo $e->getMessage(), "\n";
}
--EXPECTF--
Plugins\Audio song.mp3
Plugins\Audio
Plugins\Audio
Plugins\Audio
Plugins\Audio
Plugins\Audio copy
Error: Class "Audio" not found
Error: Class "Nope\Audio" not found
Error: Class name must be a valid object or a string

Warning: Undefined variable $undefined in %s on line 33
Class name must be a valid object or a string
