--TEST--
Anonymous classes in a namespace are named after their parent or interface
--FILE--
<?php
namespace App\Models;

interface Contract { public function id(): string; }
abstract class Model {}

// The name starts with the parent's or interface's full name; a plain
// anonymous class is not namespaced.
$objs = [
    new class implements Contract { public function id(): string { return __CLASS__; } },
    new class extends Model {},
    new class {},
];
foreach ($objs as $o) {
    var_dump(strstr(get_class($o), "\0", true), get_debug_type($o));
}
var_dump(strstr($objs[0]->id(), "\0", true));
var_dump($objs[0] instanceof Contract, $objs[1] instanceof Model);
var_dump($objs[1]);
--EXPECTF--
string(29) "App\Models\Contract@anonymous"
string(29) "App\Models\Contract@anonymous"
string(26) "App\Models\Model@anonymous"
string(26) "App\Models\Model@anonymous"
string(15) "class@anonymous"
string(15) "class@anonymous"
string(29) "App\Models\Contract@anonymous"
bool(true)
bool(true)
object(App\Models\Model@anonymous)#2 (0) {
}
