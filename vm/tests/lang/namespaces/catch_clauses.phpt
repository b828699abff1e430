--TEST--
catch clauses resolve class names through imports and the current namespace
--FILE--
<?php
namespace Errors {
    class NotFound extends \Exception {}
    class Forbidden extends \RuntimeException {}
}
namespace App {
    use Errors\NotFound;
    use Errors as E;

    function fail($which) {
        throw match ($which) {
            1 => new NotFound("no such page"),
            2 => new E\Forbidden("keep out"),
            default => new \LogicException("oops"),
        };
    }
    foreach ([1, 2, 3] as $i) {
        try {
            fail($i);
        } catch (NotFound | E\Forbidden $e) {
            echo "caught ", get_class($e), ": ", $e->getMessage(), "\n";
        } catch (\Exception $e) {
            echo "generic ", get_class($e), "\n";
        }
    }
    // An unqualified Exception in a namespace is App\Exception, which does
    // not exist: the catch clause simply never matches.
    try {
        try {
            throw new \Exception("plain");
        } catch (Exception $e) {
            echo "not reached\n";
        }
    } catch (\Exception $e) {
        echo "outer caught ", get_class($e), "\n";
    }
}
--EXPECT--
caught Errors\NotFound: no such page
caught Errors\Forbidden: keep out
generic LogicException
outer caught Exception
