--TEST--
use imports classes and namespaces, with aliases, case-insensitively
--FILE--
<?php
namespace Vendor\Package {
    class Logger { public function log($m) { echo static::class, ": $m\n"; } }
    class Formatter {}
}
namespace Vendor\Package\Sub {
    class Deep {}
}
namespace App {
    use Vendor\Package\Logger;
    use Vendor\Package\Formatter as Fmt;
    use Vendor\Package;

    (new Logger)->log("plain import");
    echo Fmt::class, "\n";
    echo get_class(new Fmt), "\n";
    echo Package\Sub\Deep::class, "\n";
    echo get_class(new Package\Sub\Deep), "\n";
    // Imports are case-insensitive, like class names.
    echo get_class(new LOGGER), "\n";
    echo get_class(new fmt), "\n";
    var_dump(new Logger instanceof \Vendor\Package\Logger);
}
--EXPECT--
Vendor\Package\Logger: plain import
Vendor\Package\Formatter
Vendor\Package\Formatter
Vendor\Package\Sub\Deep
Vendor\Package\Sub\Deep
Vendor\Package\Logger
Vendor\Package\Formatter
bool(true)
