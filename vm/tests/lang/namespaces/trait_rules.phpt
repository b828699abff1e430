--TEST--
Trait use with imported names in insteadof and as rules
--FILE--
<?php
namespace Traits {
    trait Hello { public function say() { return "hello from " . __CLASS__; } }
    trait World { public function say() { return "world"; } }
}
namespace App {
    use Traits\Hello;
    use Traits\World as W;

    class Greeter {
        use Hello, W {
            Hello::say insteadof W;
            W::say as sayWorld;
        }
    }
    $g = new Greeter;
    echo $g->say(), " / ", $g->sayWorld(), "\n";
}
--EXPECT--
hello from App\Greeter / world
