--TEST--
a class missing an interface method is a fatal error
--FILE--
<?php
interface Reader { function read(); function close(); }
interface Seekable extends Reader { function seek($to); }
class File implements Seekable {
    function read() {}
}
?>
--EXPECTF--

Fatal error: Class File contains 2 abstract methods and must therefore be declared abstract or implement the remaining methods (Seekable::seek, Reader::close) in %s on line 4
