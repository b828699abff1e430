--TEST--
Error messages about namespaced classes and their members name them fully qualified (a private or protected method by its declaring class)
--FILE--
<?php
namespace Shop\Cart;

interface Priced {}
abstract class Item implements Priced {
    private function secret() {}
    protected function guarded() {}
    abstract public function price(): int;
}
class Book extends Item {
    public int $pages = 0;
    public function price(): int { return 10; }
}
$checks = [
    fn() => new Priced,
    fn() => new Item,
    fn() => (new Book)->missing(),
    fn() => Book::nothing(),
    fn() => (new Book)->secret(),
    fn() => (new Book)->guarded(),
    fn() => Book::NOPE,
    fn() => Book::$none,
    function () { $b = new Book; $b->pages = "many"; },
];
foreach ($checks as $check) {
    try {
        $check();
    } catch (\Error $e) {
        echo get_class($e), ": ", $e->getMessage(), "\n";
    }
}
$b = new Book;
echo $b->undefinedProp ?? "default", "\n";
echo $b->undefinedProp;
echo "\n";
print_r($b);
echo "\n";
--EXPECTF--
Error: Cannot instantiate interface Shop\Cart\Priced
Error: Cannot instantiate abstract class Shop\Cart\Item
Error: Call to undefined method Shop\Cart\Book::missing()
Error: Call to undefined method Shop\Cart\Book::nothing()
Error: Call to private method Shop\Cart\Item::secret() from global scope
Error: Call to protected method Shop\Cart\Item::guarded() from global scope
Error: Undefined constant Shop\Cart\Book::NOPE
Error: Access to undeclared static property Shop\Cart\Book::$none
TypeError: Cannot assign string to property Shop\Cart\Book::$pages of type int
default

Warning: Undefined property: Shop\Cart\Book::$undefinedProp in %s on line 34

Shop\Cart\Book Object
(
    [pages] => 0
)

