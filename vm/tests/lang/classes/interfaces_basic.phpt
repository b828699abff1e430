--TEST--
interfaces: implements, extends (several), constants, instanceof, parameter types and catch
--FILE--
<?php
interface HasName {
    const PREFIX = "name:";
    public function name();
}
interface HasAge {
    const UNIT = "years";
    function age(): int;
}
interface Person extends HasName, HasAge {
    const KIND = "person";
    public static function create($n, $a);
}
interface Marker {}

class Student implements Person, Marker {
    private $n;
    private $a;
    public function __construct($n, $a) { $this->n = $n; $this->a = $a; }
    public function name() { return self::PREFIX . $this->n; }
    public function age(): int { return $this->a; }
    public static function create($n, $a) { return new static($n, $a); }
}
class Pupil extends Student {}

function describe(HasName $x) {
    return $x->name() . " (" . get_class($x) . ")";
}

$s = Student::create("ann", 20);
$p = Pupil::create("bob", 12);
echo describe($s), "\n", describe($p), "\n";
var_dump($s->age(), $p->age());
var_dump(Person::KIND, Person::PREFIX, Student::UNIT, Pupil::KIND, HasAge::UNIT);
var_dump($s instanceof HasName, $s instanceof HasAge, $s instanceof Person, $s instanceof Marker);
var_dump($p instanceof Person, $p instanceof Student, $p instanceof Stringable);
var_dump(new stdClass instanceof Marker, "str" instanceof Marker);

function ages(HasAge ...$xs) {
    $sum = 0;
    foreach ($xs as $x) { $sum += $x->age(); }
    return $sum . " " . HasAge::UNIT;
}
echo ages($s, $p), "\n";
try {
    describe(new stdClass);
} catch (TypeError $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}

interface Retryable {}
class NetworkError extends RuntimeException implements Retryable {}
class FatalError extends RuntimeException {}
foreach ([new NetworkError("timeout"), new FatalError("disk")] as $ex) {
    try {
        throw $ex;
    } catch (Retryable $r) {
        echo "retry after: ", $r->getMessage(), "\n";
    } catch (Exception $e) {
        echo "give up after: ", $e->getMessage(), "\n";
    }
}
$who = Student::class;
var_dump($who, Person::class);
?>
--EXPECTF--
name:ann (Student)
name:bob (Pupil)
int(20)
int(12)
string(6) "person"
string(5) "name:"
string(5) "years"
string(6) "person"
string(5) "years"
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
32 years
TypeError: describe(): Argument #1 ($x) must be of type HasName, stdClass given, called in %s on line 46
retry after: timeout
give up after: disk
string(7) "Student"
string(6) "Person"
