--TEST--
exceptions: custom constructors and extra properties, property defaults, Exception::__construct argument checks
--FILE--
<?php
class HttpException extends RuntimeException {
    public function __construct(public readonly int $status, string $message = '', ?Throwable $previous = null) {
        parent::__construct("HTTP $status: $message", $status * 10, $previous);
    }
    public function isClientError(): bool { return $this->status >= 400 && $this->status < 500; }
}
class NotFound extends HttpException {
    protected $message = 'default text is overwritten by the parent constructor';
    public function __construct(public string $path) { parent::__construct(404, "no $path"); }
}
try { throw new NotFound('/x'); } catch (HttpException $e) {
    echo get_class($e), "|", $e->getMessage(), "|", $e->getCode(), "|", $e->status, "|", $e->path, "\n";
    var_dump($e->isClientError());
}
// an exception subclass that does not call the parent constructor keeps the property defaults
class Quiet extends Exception {
    protected $message = 'preset message';
    protected $code = 77;
    public function __construct() {}
}
$q = new Quiet;
var_dump($q->getMessage(), $q->getCode(), $q->getLine(), $q->getPrevious());
// the default properties of Exception
class Plain extends Exception {}
$p = new Plain;
var_dump($p->getMessage(), $p->getCode());
// the constructor arguments are type-checked
try { new Exception([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new Exception('m', 'c'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new Exception('m', 1, 'p'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
// getMessage and friends are final
try { new Exception("m", 1, new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { new Error('m', 1.5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$n = new RuntimeException(null);
var_dump($n->getMessage());
--EXPECTF--
NotFound|HTTP 404: no /x|4040|404|/x
bool(true)
string(14) "preset message"
int(77)
int(22)
NULL
string(0) ""
int(0)
Exception::__construct(): Argument #1 ($message) must be of type string, array given
Exception::__construct(): Argument #2 ($code) must be of type int, string given
Exception::__construct(): Argument #3 ($previous) must be of type ?Throwable, string given
Exception::__construct(): Argument #3 ($previous) must be of type ?Throwable, stdClass given

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 34

Deprecated: Exception::__construct(): Passing null to parameter #1 ($message) of type string is deprecated in %s on line 35
string(0) ""
