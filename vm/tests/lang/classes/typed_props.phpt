--TEST--
typed properties: uninitialized state, coercion of assigned values, TypeErrors
--FILE--
<?php
class Item {
    public int $qty;
    public ?string $note;
    public float $price = 1;
    public bool $active = false;
    public int|string $code = 0;
    public ?Item $parent = null;
    public array $list = [];
    public $untyped;
}
function attempt($label, callable $f) {
    try {
        var_dump($f());
    } catch (Error $e) {
        echo $label, ": ", get_class($e), ": ", $e->getMessage(), "\n";
    }
}

$i = new Item;
var_dump($i);
attempt("read uninit", fn() => $i->qty);
attempt("read nullable uninit", fn() => $i->note);
var_dump(isset($i->qty), $i->qty ?? "default", empty($i->note), $i->untyped);
foreach ($i as $k => $v) { echo $k, " "; }
echo "\n";
var_dump((array)$i === ["price" => 1.0, "active" => false, "code" => 0, "parent" => null, "list" => [], "untyped" => null]);

attempt("numeric string to int", fn() => $i->qty = "42");
attempt("float to int", fn() => $i->qty = 3.0);
attempt("bool to int", fn() => $i->qty = true);
attempt("int to float", fn() => $i->price = 5);
attempt("int to string|int", fn() => $i->code = 12);
attempt("float to string|int", fn() => $i->code = 1.5);
attempt("int to bool", fn() => $i->active = 1);
attempt("null to nullable", fn() => $i->note = null);
attempt("object", fn() => ($i->parent = new Item) instanceof Item);
attempt("bad string", fn() => $i->qty = "many");
attempt("null", fn() => $i->qty = null);
attempt("array to int", fn() => $i->qty = [1]);
attempt("object to string", fn() => $i->note = new Item);
attempt("wrong class", fn() => $i->parent = new stdClass);
attempt("string to array", fn() => $i->list = "x");
attempt("compound", function () use ($i) { $i->qty = 5; $i->qty .= "1"; return $i->qty; });
attempt("compound bad", function () use ($i) { $i->qty .= "x"; });
attempt("increment", function () use ($i) { $i->qty++; return $i->qty; });
unset($i->qty);
attempt("after unset", fn() => $i->qty);
$i->qty = 7;
var_dump($i->qty);
?>
--EXPECTF--
object(Item)#1 (6) {
  ["qty"]=>
  uninitialized(int)
  ["note"]=>
  uninitialized(?string)
  ["price"]=>
  float(1)
  ["active"]=>
  bool(false)
  ["code"]=>
  int(0)
  ["parent"]=>
  NULL
  ["list"]=>
  array(0) {
  }
  ["untyped"]=>
  NULL
}
read uninit: Error: Typed property Item::$qty must not be accessed before initialization
read nullable uninit: Error: Typed property Item::$note must not be accessed before initialization
bool(false)
string(7) "default"
bool(true)
NULL
price active code parent list untyped 
bool(true)
int(42)
int(3)
int(1)
float(5)
int(12)

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 34
int(1)
bool(true)
NULL
bool(true)
bad string: TypeError: Cannot assign string to property Item::$qty of type int
null: TypeError: Cannot assign null to property Item::$qty of type int
array to int: TypeError: Cannot assign array to property Item::$qty of type int
object to string: TypeError: Cannot assign Item to property Item::$note of type ?string
wrong class: TypeError: Cannot assign stdClass to property Item::$parent of type ?Item
string to array: TypeError: Cannot assign string to property Item::$list of type array
int(51)
compound bad: TypeError: Cannot assign string to property Item::$qty of type int
int(52)
after unset: Error: Typed property Item::$qty must not be accessed before initialization
int(7)
