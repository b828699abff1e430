--TEST--
exceptions: getMessage, getCode, getFile, getLine, getTrace and getTraceAsString with argument rendering
--FILE--
<?php
class Svc {
    public function run($x) { return $this->inner([$x], 'str', 1.5); }
    private function inner(array $a, string $s, float $f) { throw new Exception('from inner', 42); }
    public static function make() { return (new self)->run(true); }
}
function entry($n) { return Svc::make(); }
try {
    entry(null);
} catch (Exception $e) {
    var_dump($e->getMessage(), $e->getCode(), basename($e->getFile()), $e->getLine());
    foreach ($e->getTrace() as $i => $fr) {
        echo "#$i ", $fr['class'] ?? '', $fr['type'] ?? '', $fr['function'], " line ", $fr['line'] ?? '-', " args ", count($fr['args'] ?? []), "\n";
    }
    echo str_replace(__FILE__, 'FILE', $e->getTraceAsString()), "\n";
}
// line and file are those of the `new`, not of the `throw`
function make() { return new Exception('made'); }
$e = make();
try { throw $e; } catch (Exception $x) { echo "line ", $x->getLine(), "\n"; }
// a trace from the top level is empty
$top = new Exception('top');
var_dump($top->getTrace(), $top->getTraceAsString());
// long and non-scalar arguments in getTraceAsString
function args($s, $a, $o, $n, $b, $f) { throw new Exception('args'); }
try { args(str_repeat('x', 30), [1, 2], new stdClass, null, false, 2.0); } catch (Exception $e) {
    echo str_replace(__FILE__, 'FILE', $e->getTraceAsString()), "\n";
}
--EXPECTF--
string(10) "from inner"
int(42)
string(13) "accessors.php"
int(4)
#0 Svc->inner line 3 args 3
#1 Svc->run line 5 args 1
#2 Svc::make line 7 args 0
#3 entry line 9 args 1
#0 FILE(3): Svc->inner(Array, 'str', 1.5)
#1 FILE(5): Svc->run(true)
#2 FILE(7): Svc::make()
#3 FILE(9): entry(NULL)
#4 {main}
line 18
array(0) {
}
string(9) "#0 {main}"
#0 FILE(26): args('xxxxxxxxxxxxxxx...', Array, Object(stdClass), NULL, false, 2.0)
#1 {main}
