--TEST--
Interfaces extending and implemented through imported names; is_a and is_subclass_of with namespaced strings
--FILE--
<?php
namespace Contracts {
    interface Readable { public function read(): string; }
    interface Writable { public function write(string $s): void; }
    interface Stream extends Readable, Writable {}
}
namespace Io {
    use Contracts\{Stream, Readable};

    class Memory implements Stream {
        private string $buf = '';
        public function read(): string { return $this->buf; }
        public function write(string $s): void { $this->buf .= $s; }
    }
    function dump(Readable $r) { echo get_class($r), ": ", $r->read(), "\n"; }

    $m = new Memory;
    $m->write("abc");
    dump($m);
    var_dump($m instanceof \Contracts\Writable, is_subclass_of($m, '\Contracts\Stream'), is_a($m, 'Contracts\Readable'));
}
--EXPECT--
Io\Memory: abc
bool(true)
bool(true)
bool(true)
